package io.parallax.ner.corpus;

import io.parallax.ner.NameSpan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled NER corpora in CoNLL-style formats into documents: CoNLL-2003 (space-separated, tag last,
 * {@code -DOCSTART-}), UNER and CoNLL-U {@code .iob2} (tab-separated, token in the second column and tag in the
 * third, {@code # newdoc}), and one-token-per-line files with a bare type or {@code 0} (the Swedish news corpus;
 * tabs and runs of spaces mixed). Tag schemes are those of {@link EntityTags}.
 *
 * <p>Not thread-safe: use one reader per file.
 */
public final class ConllReader {

    private final List<LabeledDocument> documents = new ArrayList<>();
    private final List<LabeledSentence> sentences = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final String name;
    private int lineNumber;

    private ConllReader(String name) {
        this.name = name;
    }

    /**
     * Reads a corpus file (UTF-8).
     *
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException when a tag is malformed; the message names the file and line
     */
    public static List<LabeledDocument> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a corpus from a reader; {@code name} appears in error messages and document ids. */
    public static List<LabeledDocument> read(Reader reader, String name) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<String> lines = r.lines().toList();
        return new ConllReader(name).parse(lines);
    }

    /** The layout of a file's lines, judged from the first token line. */
    public static ConllLine.Layout layout(List<String> lines) {
        for (String line : lines) {
            if (!ConllLine.isMarkup(line)) {
                return ConllLine.Layout.sniff(line);
            }
        }
        return ConllLine.Layout.COLUMNS;
    }

    private List<LabeledDocument> parse(List<String> lines) {
        ConllLine.Layout layout = layout(lines);
        for (String raw : lines) {
            lineNumber++;
            accept(ConllLine.parse(raw, layout));
        }
        endDocument();
        return documents;
    }

    private void accept(ConllLine line) {
        switch (line.kind()) {
            case TOKEN -> {
                tokens.add(line.token());
                tags.add(line.tag() == null ? "O" : line.tag());
            }
            case BLANK -> endSentence();
            case DOCUMENT -> endDocument();
            case COMMENT -> { }
        }
    }

    private void endSentence() {
        if (tokens.isEmpty()) {
            return;
        }
        List<NameSpan> names;
        try {
            names = EntityTags.spans(tags);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " line " + lineNumber + ": " + e.getMessage(), e);
        }
        sentences.add(new LabeledSentence(tokens, names));
        tokens.clear();
        tags.clear();
    }

    private void endDocument() {
        endSentence();
        if (!sentences.isEmpty()) {
            documents.add(new LabeledDocument(name + "#" + documents.size(), sentences));
            sentences.clear();
        }
    }
}
