package io.parallax.ner.fallback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
        return read(GzipTsv.resource(RESOURCE), RESOURCE);
    }

    /**
     * Reads a gzipped lexicon.
     *
     * @throws IllegalStateException naming the source and line, for a malformed file
     */
    public static NameLexicon read(InputStream gzipped, String source) {
        Map<String, Integer> words = new HashMap<>();
        GzipTsv.read(gzipped, source, HEADER, 3, (f, lineNo) -> {
            if (!(f[1].equals("G") || f[1].equals("N"))) {
                throw new IllegalStateException(source + ":" + lineNo + ": kind must be G or N, not '" + f[1] + "'");
            }
            words.put(f[0], Counts.parse(f[2], source, lineNo) << 1 | (f[1].equals("G") ? 1 : 0));
        });
        return new NameLexicon(words);
    }

    /** Writes the lexicon sorted by word, so that the same words give the same bytes. */
    public void write(OutputStream out, String sources) throws IOException {
        List<String> rows = new ArrayList<>();
        new TreeMap<>(words).forEach((w, v) -> rows.add(w + "\t" + ((v & 1) == 1 ? "G" : "N") + "\t" + (v >>> 1)));
        GzipTsv.write(out, HEADER + "\tsources=" + sources, rows);
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
