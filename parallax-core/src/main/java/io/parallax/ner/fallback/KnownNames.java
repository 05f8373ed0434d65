package io.parallax.ner.fallback;

import io.parallax.model.EntityType;

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
 * Names of particular people, organisations, places and things, with the type they usually have: "reuters" ORG,
 * "twitter" ORG, "associated press" ORG. News names the same entities in every language, so names found in
 * English and Swedish text serve any language written in the Latin script. Built by {@link KnownNamesBuilder};
 * the project ships one in {@value #RESOURCE}.
 *
 * <p>A name is its words in lower case with everything but letters and digits removed, joined by single spaces
 * ({@link #key}). File format: a header line {@code #parallax-known-names<TAB>v1<TAB>…}, then
 * {@code name<TAB>TYPE<TAB>count<TAB>purity} (purity in percent: the share of the name's occurrences that had its
 * type), sorted. Immutable and thread-safe.
 */
public final class KnownNames {

    /** Class-path location of the shipped list. */
    public static final String RESOURCE = "/ner/fallback/known-names.tsv.gz";
    static final String HEADER = "#parallax-known-names\tv1";
    /** Longest name, in words. */
    public static final int MAX_WORDS = 5;

    /** What is known of one name. */
    public record Entry(EntityType type, int count, double purity) {
    }

    private static final KnownNames EMPTY = new KnownNames(Map.of());

    private final Map<String, Entry> names;
    /** The first word of every name, to reject most words with one look-up. */
    private final java.util.Set<String> firstWords;

    KnownNames(Map<String, Entry> names) {
        this.names = Map.copyOf(names);
        this.firstWords = java.util.Set.copyOf(this.names.keySet().stream()
                .map(k -> k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' '))).toList());
    }

    /** True when some known name starts with this word key. */
    public boolean startsName(String wordKey) {
        return firstWords.contains(wordKey);
    }

    public static KnownNames empty() {
        return EMPTY;
    }

    /** Loads the list shipped on the class path. */
    public static KnownNames loadDefault() {
        return read(GzipTsv.resource(RESOURCE), RESOURCE);
    }

    /**
     * Reads a gzipped list.
     *
     * @throws IllegalStateException naming the source and line, for a malformed file
     */
    public static KnownNames read(InputStream gzipped, String source) {
        Map<String, Entry> names = new HashMap<>();
        GzipTsv.read(gzipped, source, HEADER, 4, (f, lineNo) -> {
            EntityType type;
            try {
                type = EntityType.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + lineNo + ": unknown type '" + f[1] + "'", e);
            }
            int purity = Counts.parse(f[3], source, lineNo);
            names.put(f[0], new Entry(type, Counts.parse(f[2], source, lineNo), Math.min(100, purity) / 100.0));
        });
        return new KnownNames(names);
    }

    /** Writes the list sorted by name. */
    public void write(OutputStream out, String sources) throws IOException {
        List<String> rows = new ArrayList<>();
        new TreeMap<>(names).forEach((n, e) -> rows.add(n + "\t" + e.type() + "\t" + e.count() + "\t"
                + Math.round(100 * e.purity())));
        GzipTsv.write(out, HEADER + "\tsources=" + sources, rows);
    }

    /** What is known of a name given by its {@link #key}, or {@code null}. */
    public Entry lookup(String key) {
        return key.isEmpty() ? null : names.get(key);
    }

    public int size() {
        return names.size();
    }

    /** The key of one word: lower case, letters and digits only (empty for punctuation). */
    public static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The key of words {@code [from, to)}: their word keys, without empty ones, joined by spaces. */
    public static String key(String[] words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String k = key(words[i]);
            if (!k.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(k);
            }
        }
        return sb.toString();
    }
}
