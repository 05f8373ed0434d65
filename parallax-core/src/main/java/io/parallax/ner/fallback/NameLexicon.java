package io.parallax.ner.fallback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Words of personal names, language-independent: given names (which start a person's name: "Katharina",
 * "Oleksandr") and other name words (surnames and rarer given names), each with how often people's names in the
 * sources use it. Built by {@link NameLexiconBuilder}; the project ships one in {@value #RESOURCE}.
 *
 * <p>File format: a header line {@code #parallax-name-words<TAB>v1<TAB>…}, then one line per word:
 * {@code word<TAB>G|N<TAB>count}, lower case, sorted. Immutable and thread-safe.
 */
public final class NameLexicon {

    /** Class-path location of the shipped lexicon. */
    public static final String RESOURCE = "/ner/fallback/name-words.tsv.gz";
    static final String HEADER = "#parallax-name-words\tv1";

    /** What a word is in personal names. */
    public enum Kind {
        /** Starts people's names far more often than it ends them. */
        GIVEN,
        /** Appears in people's names. */
        NAME
    }

    private static final NameLexicon EMPTY = new NameLexicon(Map.of());

    /** Word to {@code count << 1 | given}. */
    private final Map<String, Integer> words;

    NameLexicon(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    public static NameLexicon empty() {
        return EMPTY;
    }

    /** Loads the lexicon shipped on the class path. */
    public static NameLexicon loadDefault() {
        InputStream in = NameLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("name lexicon " + RESOURCE + " is missing from the class path");
        }
        return read(in, RESOURCE);
    }

    /**
     * Reads a gzipped lexicon.
     *
     * @throws IllegalStateException naming the source and line, for a malformed file
     */
    public static NameLexicon read(InputStream gzipped, String source) {
        Map<String, Integer> words = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith(HEADER)) {
                throw new IllegalStateException(source + ": not a Parallax name lexicon (v1)");
            }
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                parse(line, words, source, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name lexicon " + source, e);
        }
        return new NameLexicon(words);
    }

    private static void parse(String line, Map<String, Integer> words, String source, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !(f[1].equals("G") || f[1].equals("N"))) {
            throw new IllegalStateException(source + ":" + lineNo + ": expected 'word TAB G|N TAB count'");
        }
        try {
            int count = Integer.parseInt(f[2]);
            words.put(f[0], count << 1 | (f[1].equals("G") ? 1 : 0));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(source + ":" + lineNo + ": bad count '" + f[2] + "'", e);
        }
    }

    /** Writes the lexicon sorted by word, so that the same words give the same bytes. */
    public void write(OutputStream out, String sources) throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write(HEADER + "\tsources=" + sources + "\n");
            for (Map.Entry<String, Integer> e : new TreeMap<>(words).entrySet()) {
                int v = e.getValue();
                w.write(e.getKey() + "\t" + ((v & 1) == 1 ? "G" : "N") + "\t" + (v >>> 1) + "\n");
            }
        }
    }

    /** The word's kind, or {@code null} when it is not a name word. Case-insensitive. */
    public Kind kind(String word) {
        Integer v = words.get(word.toLowerCase(Locale.ROOT));
        return v == null ? null : (v & 1) == 1 ? Kind.GIVEN : Kind.NAME;
    }

    public boolean isGiven(String word) {
        return kind(word) == Kind.GIVEN;
    }

    /** How many names in the sources use the word; 0 for other words. */
    public int count(String word) {
        Integer v = words.get(word.toLowerCase(Locale.ROOT));
        return v == null ? 0 : v >>> 1;
    }

    public int size() {
        return words.size();
    }
}
