package io.parallax.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.ner.corpus.ConllReader;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads unlabelled text for word clusters from the shared data's many formats and cuts it into tokenised
 * sentences: plain text ({@code .txt}, one paragraph or sentence per line), CoNLL-style columns (recognised by
 * their shape), JSON and JSON lines (every long string value, or the {@code sentences} and {@code text} fields;
 * records whose {@code lang} names another language are skipped), and XML ({@code .tml}, {@code .xml},
 * {@code .naf}: the text between tags). Directories are read recursively, in sorted order. The tokeniser splits
 * off punctuation and the clitics {@code 's} and {@code n't}, as CoNLL does.
 */
public final class UnlabelledText {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern TAG_FIELD = Pattern.compile("O|0|_|-|[BIESLU][-_][A-Za-z]+|[A-Z]{2,6}");
    private static final String OPENERS = "\"'([{\u201C\u2018\u00AB\u201E";
    private static final String CLOSERS = "\"')]}.,;:!?\u201D\u2019\u00BB";
    private static final int MIN_JSON_TEXT = 40;

    private final String language;
    private final Consumer<String[]> sink;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param language ISO 639-1 code: JSON records tagged with another language are skipped
     * @param sink     receives each tokenised sentence
     */
    public UnlabelledText(String language, Consumer<String[]> sink) {
        this.language = language;
        this.sink = sink;
    }

    /** Reads a file or a directory tree. */
    public void read(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).sorted().forEach(this::readFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else {
            readFile(path);
        }
    }

    /** Feeds the tokens of labelled documents (their labels are ignored). */
    public void read(List<LabeledDocument> documents) {
        for (LabeledDocument d : documents) {
            for (LabeledSentence s : d.sentences()) {
                sink.accept(s.tokenArray());
            }
        }
    }

    private void readFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".json")) {
                readJson(file, name.endsWith(".jsonl"));
            } else if (name.endsWith(".tml") || name.endsWith(".xml") || name.endsWith(".naf")) {
                text(TAG.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" "));
            } else if (name.endsWith(".txt") || name.endsWith(".iob2") || name.endsWith(".conllu")
                    || name.endsWith(".gz") && !name.endsWith(".html.gz")) {
                readLines(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void readLines(Path file) throws IOException {
        List<String> lines;
        try (BufferedReader r = reader(file)) {
            lines = r.lines().toList();
        }
        if (looksLikeColumns(lines)) {
            read(ConllReader.read(new java.io.StringReader(String.join("\n", lines)), file.toString()));
        } else {
            lines.forEach(this::text);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        var in = Files.newInputStream(file);
        return new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    /** CoNLL-style: at least 90% of the non-blank lines have 2–10 fields, the last of them a tag. */
    static boolean looksLikeColumns(List<String> lines) {
        int seen = 0;
        int columnar = 0;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] f = SPACE.split(s);
            columnar += f.length >= 2 && f.length <= 10 && TAG_FIELD.matcher(f[f.length - 1]).matches() ? 1 : 0;
            if (++seen == 200) {
                break;
            }
        }
        return seen > 0 && columnar * 10 >= seen * 9;
    }

    private void readJson(Path file, boolean lines) throws IOException {
        if (lines) {
            try (BufferedReader r = reader(file)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        record(json.readTree(line));
                    }
                }
            }
        } else {
            record(json.readTree(file.toFile()));
        }
    }

    private void record(JsonNode node) {
        JsonNode lang = node.isObject() ? node.path("lang").isMissingNode() ? node.path("language") : node.path("lang")
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        if (lang.isTextual() && !lang.asText().toLowerCase(Locale.ROOT).startsWith(language)) {
            return;
        }
        strings(node);
    }

    private void strings(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.length() >= MIN_JSON_TEXT && s.indexOf(' ') > 0 && !s.startsWith("http")) {
                s.lines().forEach(this::text);
            }
        } else if (node.isObject() && node.path("lang").isTextual()
                && !node.path("lang").asText().toLowerCase(Locale.ROOT).startsWith(language)) {
            return;
        } else {
            node.forEach(this::strings);
        }
    }

    /** Tokenises one line of running text and passes it on. */
    private void text(String line) {
        String[] tokens = tokenize(line);
        if (tokens.length > 0) {
            sink.accept(tokens);
        }
    }

    /** Splits running text into tokens, CoNLL style. */
    public static String[] tokenize(String line) {
        List<String> out = new ArrayList<>();
        for (String chunk : SPACE.split(line.strip())) {
            if (!chunk.isEmpty()) {
                split(chunk, out);
            }
        }
        return out.toArray(String[]::new);
    }

    private static void split(String chunk, List<String> out) {
        int start = 0;
        int end = chunk.length();
        while (start < end - 1 && OPENERS.indexOf(chunk.charAt(start)) >= 0) {
            out.add(String.valueOf(chunk.charAt(start++)));
        }
        List<String> tail = new ArrayList<>();
        while (end > start + 1 && CLOSERS.indexOf(chunk.charAt(end - 1)) >= 0 && !abbreviation(chunk, start, end)) {
            tail.add(0, String.valueOf(chunk.charAt(--end)));
        }
        String word = chunk.substring(start, end);
        String lower = word.toLowerCase(Locale.ROOT);
        int clitic = lower.endsWith("n't") ? 3 : lower.endsWith("'s") || lower.endsWith("\u2019s") ? 2 : 0;
        if (clitic > 0 && word.length() > clitic) {
            out.add(word.substring(0, word.length() - clitic));
            out.add(word.substring(word.length() - clitic));
        } else {
            out.add(word);
        }
        out.addAll(tail);
    }

    /** A final full stop that belongs to the word: {@code U.S.}, {@code Mr.}, {@code J.}. */
    private static boolean abbreviation(String chunk, int start, int end) {
        if (chunk.charAt(end - 1) != '.') {
            return false;
        }
        String w = chunk.substring(start, end - 1);
        return w.indexOf('.') >= 0 || w.length() == 1 && Character.isUpperCase(w.charAt(0))
                || w.length() <= 3 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1)
                .allMatch(Character::isLowerCase) && List.of("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Inc",
                "Ltd", "Gen", "Col", "Sen", "Rep", "Gov", "Lt", "Sgt", "Jan", "Feb", "Aug", "Sep", "Oct", "Nov",
                "Dec", "No").contains(w);
    }
}
