package io.parallax.ner.corpus;

import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags a CoNLL-style stream: every input line is written back, and each token line gets a TAB and the predicted
 * IOB2 tag appended. Blank lines, {@code -DOCSTART-}, {@code # newdoc} and other {@code #} lines pass through.
 * Documents are tagged together so that the finder can use document context; input without document markers is
 * tagged in blocks of {@value CorpusFiles#BLOCK} sentences, as training cut it. Memory is bounded by one document.
 * Not thread-safe.
 */
public final class ConllTagger {

    private final NameFinder finder;
    private final Writer out;
    private final List<ConllLine> pending = new ArrayList<>();
    private ConllLine.Layout layout;
    private boolean documents;
    private int sentences;
    private boolean inSentence;

    private ConllTagger(NameFinder finder, Writer out) {
        this.finder = finder;
        this.out = out;
    }

    /** Tags everything {@code in} holds, writing to {@code out}; returns the number of tokens tagged. */
    public static long tag(BufferedReader in, Writer out, NameFinder finder) throws IOException {
        ConllTagger t = new ConllTagger(finder, out);
        long tokens = 0;
        for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
            tokens += t.accept(raw) ? 1 : 0;
        }
        t.flush();
        out.flush();
        return tokens;
    }

    private boolean accept(String raw) throws IOException {
        if (layout == null && !ConllLine.isMarkup(raw)) {
            layout = ConllLine.Layout.sniff(raw);
        }
        ConllLine line = ConllLine.parse(raw, layout == null ? ConllLine.Layout.COLUMNS : layout);
        if (line.kind() == ConllLine.Kind.DOCUMENT) {
            documents = true;
            flush();
        }
        pending.add(line);
        if (line.isToken()) {
            inSentence = true;
        } else if (line.kind() == ConllLine.Kind.BLANK && inSentence) {
            inSentence = false;
            if (++sentences >= CorpusFiles.BLOCK && !documents) {
                flush();
            }
        }
        return line.isToken();
    }

    private void flush() throws IOException {
        List<List<ConllLine>> groups = sentences();
        List<String[]> tokens = groups.stream()
                .map(g -> g.stream().map(ConllLine::token).toArray(String[]::new)).toList();
        List<List<NameSpan>> names = tokens.isEmpty() ? List.of() : finder.findAll(tokens);
        int sentence = 0;
        int index = 0;
        String[] tags = tags(names, tokens, 0);
        for (ConllLine line : pending) {
            if (!line.isToken()) {
                out.write(line.raw());
                out.write('\n');
                continue;
            }
            if (index == tags.length) {
                tags = tags(names, tokens, ++sentence);
                index = 0;
            }
            out.write(line.raw().stripTrailing());
            out.write('\t');
            out.write(tags[index++]);
            out.write('\n');
        }
        pending.clear();
        sentences = 0;
    }

    private static String[] tags(List<List<NameSpan>> names, List<String[]> tokens, int sentence) {
        if (sentence >= tokens.size()) {
            return new String[0];
        }
        return EntityTags.toIob2(names.get(sentence), tokens.get(sentence).length);
    }

    /** The pending token lines, grouped into sentences. */
    private List<List<ConllLine>> sentences() {
        List<List<ConllLine>> groups = new ArrayList<>();
        List<ConllLine> current = new ArrayList<>();
        for (ConllLine line : pending) {
            if (line.isToken()) {
                current.add(line);
            } else if (!current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
