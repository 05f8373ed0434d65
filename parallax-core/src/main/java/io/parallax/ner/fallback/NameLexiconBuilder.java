package io.parallax.ner.fallback;

import io.parallax.link.Romanizer;
import io.parallax.link.Script;
import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;
import io.parallax.ner.corpus.CorpusFiles;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Builds a {@link NameLexicon} from labelled NER corpora (which words start and end people's names) and from
 * Wikidata's person-name words (how common each word is in people's names worldwide), in Latin letters and, from
 * the pair files' other side, in Cyrillic, Arabic and Han characters (simplified).
 *
 * <p>A word is {@link NameLexicon.Kind#GIVEN given} when the corpora show it starting names of two or more words
 * at least twice, in at least half of its capitalised occurrences and more often than it ends them; or when
 * Wikidata counts it at least {@link Config#givenCount} times and the corpora do not show it ending names more
 * often than starting them. Every other word with a Wikidata count of at least {@link Config#minCount}, or seen
 * twice inside a person's name in the corpora, is a {@link NameLexicon.Kind#NAME name word}. Particles ("de",
 * "van") and one-letter words are left out. Deterministic; not thread-safe (use one builder per build).
 */
public final class NameLexiconBuilder {

    /**
     * Thresholds of a build.
     *
     * @param givenCount Wikidata count from which a word counts as a given name without corpus evidence
     * @param minCount   least Wikidata count of a name word
     */
    public record Config(int givenCount, int minCount) {
        public static final Config DEFAULT = new Config(100, 3);

        public Config {
            if (givenCount < 1 || minCount < 1) {
                throw new IllegalArgumentException("counts must be positive: " + givenCount + ", " + minCount);
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+(-\\p{L}+)*");
    /**
     * Scripts whose name words are taken from the pair files' target side: Cyrillic, where capitalisation finds
     * names; Arabic, which has no case and writes names as separate words, so only the lexicon can; and Han, where
     * word segmentation cuts foreign names into characters and the lexicon tells where a name's parts end
     * ("哈 里斯" is 哈里斯, Harris). (Hebrew and Korean would qualify too; there is no data here to measure them on.)
     */
    private static final Set<Script> WRITTEN = java.util.EnumSet.of(Script.CYRILLIC, Script.ARABIC, Script.HAN);
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "des", "del", "della", "dos", "das",
            "van", "von", "der", "den", "ter", "ten", "le", "la", "al", "el", "bin", "ibn", "bint", "ben", "abu", "af",
            "av", "zu", "y", "e", "of", "the", "and", "mc", "st");

    private final Config config;
    /** For Han names in simplified characters, as the finder looks them up. */
    private final Romanizer romanizer = new Romanizer();
    private final Map<String, int[]> corpus = new HashMap<>();
    private final Map<String, Integer> wikidata = new HashMap<>();
    /** Cyrillic, Arabic and Han name words with the Latin words they are paired with, and how often. */
    private final Map<String, Map<String, Integer>> romanised = new HashMap<>();

    public NameLexiconBuilder(Config config) {
        this.config = config;
    }

    /**
     * Counts the names of a labelled corpus ({@link CorpusFiles} specification).
     *
     * @return the number of sentences read
     */
    public int addCorpus(String spec) {
        int n = 0;
        for (LabeledDocument d : CorpusFiles.read(spec)) {
            for (LabeledSentence s : d.sentences()) {
                addSentence(s);
                n++;
            }
        }
        return n;
    }

    /**
     * Adds Wikidata word counts from every {@code *_80.gz} file in {@code dir} ("word TAB letters TAB count").
     *
     * @return the number of files read
     */
    public int addWikidata(Path dir) {
        try (var files = Files.list(dir)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith("_80.gz")).sorted().toList();
            for (Path f : list) {
                readWikidata(f);
            }
            return list.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    public NameLexicon build() {
        Map<String, Integer> out = new HashMap<>();
        Set<String> all = new java.util.HashSet<>(corpus.keySet());
        all.addAll(wikidata.keySet());
        for (String w : all) {
            String evidence = latinEvidence(w);
            if (w.length() < 2 || PARTICLES.contains(w) || PARTICLES.contains(evidence)) {
                continue;
            }
            int[] c = corpus.getOrDefault(w, new int[4]);
            int wd = wikidata.getOrDefault(w, 0);
            boolean given = isGiven(corpus.getOrDefault(evidence, c), wikidata.getOrDefault(evidence, wd));
            // every Han word of the pairs: they only tell where a dotted foreign name's parts end (PersonRule)
            boolean han = wd > 0 && Script.of(w) == Script.HAN;
            if (given || han || wd >= config.minCount() || c[PERSON] >= 2) {
                int count = Math.max(wd, c[PERSON]);
                out.put(w, count << 1 | (given ? 1 : 0));
            }
        }
        return new NameLexicon(out);
    }

    /**
     * The word whose evidence decides whether {@code w} is a given name: for a word in Cyrillic, Arabic or Han
     * characters, the Latin word it is most often paired with (the corpora, all in Latin letters, tell "Donald"
     * from "Ivanov"; Wikidata's counts do not); else the word itself.
     */
    private String latinEvidence(String w) {
        Map<String, Integer> latin = romanised.get(w);
        if (latin == null) {
            return w;
        }
        String best = w;
        int most = 0;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(latin).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    // corpus counter slots
    private static final int FIRST = 0;
    private static final int LAST = 1;
    private static final int PERSON = 2;
    private static final int CAPITALISED = 3;

    private boolean isGiven(int[] c, int wd) {
        boolean byCorpus = c[FIRST] >= 2 && 2 * c[FIRST] >= c[CAPITALISED] && c[FIRST] > c[LAST];
        boolean byWikidata = wd >= config.givenCount() && c[LAST] <= c[FIRST];
        return byCorpus || byWikidata;
    }

    private void addSentence(LabeledSentence s) {
        List<String> t = s.tokens();
        for (String token : t) {
            if (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0))) {
                count(token, CAPITALISED);
            }
        }
        for (NameSpan n : s.names()) {
            if (n.type() != EntityType.PER) {
                continue;
            }
            for (int i = n.start(); i < n.end(); i++) {
                count(t.get(i), PERSON);
            }
            if (n.end() - n.start() >= 2) {
                count(t.get(n.start()), FIRST);
                count(t.get(n.end() - 1), LAST);
            }
        }
    }

    private void count(String token, int slot) {
        if (WORD.matcher(token).matches()) {
            corpus.computeIfAbsent(token.toLowerCase(Locale.ROOT), k -> new int[4])[slot]++;
        }
    }

    private void readWikidata(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length != 3 || !WORD.matcher(f[0]).matches()) {
                    continue;
                }
                String latin = f[0].toLowerCase(Locale.ROOT);
                int count = parse(f[2]);
                wikidata.merge(latin, count, Integer::sum);
                String written = f[1].replace(" ", "");
                Script script = Script.of(written);
                if (WORD.matcher(written).matches() && WRITTEN.contains(script)) {
                    String other = script == Script.HAN ? romanizer.simplifiedWords(written)
                            : written.toLowerCase(Locale.ROOT);
                    wikidata.merge(other, count, Integer::sum);
                    romanised.computeIfAbsent(other, k -> new HashMap<>()).merge(latin, count, Integer::sum);
                }
            }
        }
    }

    private static int parse(String s) {
        try {
            return Math.max(1, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
