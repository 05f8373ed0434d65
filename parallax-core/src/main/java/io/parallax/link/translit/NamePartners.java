package io.parallax.link.translit;

import io.parallax.link.Romanizer;
import io.parallax.link.Script;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Name words of another script with the Latin words Wikidata pairs them with: 特朗普 → trump, джонсон → johnson.
 * A transliteration model can only confirm a candidate; where a name's romanised key is too far from its Latin
 * spelling for keys one edit apart to propose one (all Han names: 特朗普 reads "te lang pu"), this proposes them.
 * Built from a pair file by {@link Builder}; the file is {@code word<TAB>latin,latin…}, most frequent first,
 * gzipped, with a {@value #HEADER} first line.
 *
 * <p>Immutable and thread-safe.
 */
public final class NamePartners {

    /** First line of the file. */
    public static final String HEADER = "#parallax-name-partners\tv1";
    /** Latin words kept per word: the rest are rare variants. */
    public static final int MAX_PARTNERS = 3;

    private static final NamePartners NONE = new NamePartners(Map.of());

    private final Map<String, List<String>> partners;

    private NamePartners(Map<String, List<String>> partners) {
        this.partners = Map.copyOf(partners);
    }

    /** The Latin words paired with {@code word} (as {@link #normalise} gives it), most frequent first; else empty. */
    public List<String> of(String word) {
        return partners.getOrDefault(word, List.of());
    }

    /**
     * A name as partners are looked up: its words in lower case, one space apart, Han characters simplified (only
     * Han text goes through the transform, which costs far more than the rest).
     */
    public static String normalise(Romanizer romanizer, String word) {
        return Script.of(word) == Script.HAN ? romanizer.simplifiedWords(word)
                : Romanizer.letterWords(word).toLowerCase(Locale.ROOT);
    }

    public int size() {
        return partners.size();
    }

    /**
     * Reads a partner file.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when its first line is not {@link #HEADER}
     */
    public static NamePartners read(InputStream gzipped, String source) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalArgumentException(source + ": not a name partner file (first line " + header + ")");
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(",")));
                }
            }
        }
        return new NamePartners(out);
    }

    /**
     * The shipped partners of a script's data set name ({@code chinese}), or {@link #none()} when none ship.
     *
     * @throws UncheckedIOException when a shipped file cannot be read (a build defect)
     */
    public static NamePartners loadResource(String name) {
        String path = "/models/translit/" + name + "-partners.tsv.gz";
        try (InputStream in = NamePartners.class.getResourceAsStream(path)) {
            return in == null ? NONE : read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file, words in code-point order. */
    public void write(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out),
                StandardCharsets.UTF_8));
        w.write(HEADER);
        w.write('\n');
        for (Map.Entry<String, List<String>> e : new TreeMap<>(partners).entrySet()) {
            w.write(e.getKey() + "\t" + String.join(",", e.getValue()) + "\n");
        }
        w.close();
    }

    /** Counts pairs and keeps each word's most frequent Latin partners. Not thread-safe. */
    public static final class Builder {
        private final Romanizer romanizer = new Romanizer();
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        /**
         * Adds true pairs, as {@link TranslitPair#readWikidata} reads them; each counts once.
         *
         * @return the number of pairs given
         */
        public int add(List<TranslitPair> pairs) {
            for (TranslitPair p : pairs) {
                String word = normalise(romanizer, p.other());
                String latin = p.latin().strip().toLowerCase(Locale.ROOT);
                // word for word, as the pair files are: a phrase's partner would be no surname's key
                if (!word.isEmpty() && word.indexOf(' ') < 0 && !latin.isEmpty() && latin.matches("[^,\\s]+")) {
                    counts.computeIfAbsent(word, k -> new HashMap<>()).merge(latin, 1, Integer::sum);
                }
            }
            return pairs.size();
        }

        public NamePartners build() {
            Map<String, List<String>> out = new HashMap<>();
            counts.forEach((word, latin) -> {
                List<Map.Entry<String, Integer>> ranked = new ArrayList<>(latin.entrySet());
                ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()));
                out.put(word, ranked.stream().limit(MAX_PARTNERS).map(Map.Entry::getKey).toList());
            });
            return new NamePartners(out);
        }
    }
}
