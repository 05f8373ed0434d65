package io.parallax.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.EntityType;
import io.parallax.ner.Gazetteer;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Builds the NER gazetteer from the shared data: GeoNames cities (with every Latin-script alternate name, which
 * covers exonyms such as Moskva), countries (GeoNames country table and multilingual country names), first-level
 * regions, words of person names from Wikidata (in two bands of frequency), and the organisation and MISC names
 * of labelled corpora other than the one being learnt (another language's training data: clubs, companies and
 * agencies that news in every language names). Names in other scripts are left out: the recognisers read
 * Latin-script text.
 */
public final class GazetteerSources {

    /** The categories, in mask-bit order. */
    public static final List<String> CATEGORIES = List.of("LOC.country", "LOC.city", "LOC.region", "PER.part",
            "PER.common", "ORG.corpus", "MISC.corpus");

    private static final int COUNTRY = 1;
    private static final int CITY = 2;
    private static final int REGION = 4;
    private static final int PERSON_PART = 8;
    private static final int PERSON_COMMON = 16;
    private static final int ORG_NAME = 32;
    private static final int MISC_NAME = 64;
    private static final int COMMON_COUNT = 100;
    /** A corpus name joins a category when at least this share of its mentions have the category's type. */
    private static final double CORPUS_SHARE = 1.0 / 3;

    /**
     * Where the gazetteer comes from.
     *
     * @param geonames GeoNames directory, or null to skip it
     * @param names    person-name data directory (holding {@code wikidata-translit}), or null to skip it
     * @param corpora  labelled corpus specifications ({@link CorpusFiles#read}) whose ORG and MISC names are
     *                 listed; they must not be the corpus that a model is evaluated on
     */
    public record Spec(Path geonames, Path names, List<String> corpora) {
        public Spec {
            corpora = List.copyOf(corpora);
        }

        /** True when no source is given. */
        public boolean isEmpty() {
            return geonames == null && names == null && corpora.isEmpty();
        }
    }

    private final Map<String, Integer> entries = new HashMap<>();

    private GazetteerSources() {
    }

    /**
     * Reads every source of {@code spec}.
     *
     * @throws UncheckedIOException     when a file cannot be read
     * @throws IllegalArgumentException when a corpus cannot be parsed
     */
    public static Gazetteer build(Spec spec) {
        GazetteerSources g = new GazetteerSources();
        if (spec.geonames() != null) {
            g.geonames(spec.geonames());
        }
        if (spec.names() != null) {
            g.personNames(spec.names().resolve("wikidata-translit"));
        }
        g.corpusNames(spec.corpora());
        return Gazetteer.of(CATEGORIES, g.entries);
    }

    private void geonames(Path dir) {
        lines(dir.resolve("cities15000.txt"), this::city);
        lines(dir.resolve("countryInfo.tsv"), this::country);
        lines(dir.resolve("regionInfo.tsv"), this::region);
        countryTranslations(dir.resolve("country_translations.json"));
    }

    private void city(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            return;
        }
        add(f[1], CITY);
        add(f[2], CITY);
        for (String alt : f[3].split(",")) {
            if (!isCode(alt)) {
                add(alt, CITY);
            }
        }
    }

    private void country(String line) {
        if (line.startsWith("#")) {
            return;
        }
        String[] f = line.split("\t", -1);
        if (f.length > 5) {
            add(f[4], COUNTRY);
            add(f[5], CITY);
        }
    }

    private void region(String line) {
        if (line.startsWith("#")) {
            return;
        }
        String[] f = line.split("\t", -1);
        if (f.length > 2) {
            add(f[1], REGION);
            add(f[2], REGION);
        }
    }

    private void countryTranslations(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            root.properties().forEach(country -> country.getValue().properties()
                    .forEach(name -> add(name.getValue().asText(), COUNTRY)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Word-level Wikidata name files: "word TAB transliteration TAB count", gzipped; the counts are summed. */
    private void personNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_80.gz")).sorted().toList()) {
                gzipLines(f, line -> {
                    String[] c = line.split("\t");
                    if (c.length == 3) {
                        counts.merge(c[0], parseCount(c[2]), Integer::sum);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        counts.forEach((w, n) -> {
            if (n >= 2) {
                add(w, n >= COMMON_COUNT ? PERSON_PART | PERSON_COMMON : PERSON_PART);
            }
        });
    }

    /**
     * The ORG and MISC names of labelled corpora, each listed under every type that at least
     * {@link #CORPUS_SHARE} of its mentions have. Names the place lists already hold are left to them: a city that
     * a corpus of sports results mostly names as a club ("Chicago 5 Boston 3") is still a place in other news.
     */
    private void corpusNames(List<String> corpora) {
        Set<String> places = placeNames();
        typeCounts(corpora).forEach((name, byType) -> {
            if (places.contains(name.toLowerCase(Locale.ROOT))) {
                return;
            }
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            if (byType.getOrDefault(EntityType.ORG, 0) >= CORPUS_SHARE * total) {
                add(name, ORG_NAME);
            }
            if (byType.getOrDefault(EntityType.MISC, 0) >= CORPUS_SHARE * total) {
                add(name, MISC_NAME);
            }
        });
    }

    /** How often each name of the corpora has each type. */
    private static Map<String, EnumMap<EntityType, Integer>> typeCounts(List<String> corpora) {
        Map<String, EnumMap<EntityType, Integer>> counts = new HashMap<>();
        for (String spec : corpora) {
            for (LabeledDocument d : CorpusFiles.read(spec)) {
                for (LabeledSentence s : d.sentences()) {
                    s.names().forEach(n -> counts.computeIfAbsent(s.text(n), k -> new EnumMap<>(EntityType.class))
                            .merge(n.type(), 1, Integer::sum));
                }
            }
        }
        return counts;
    }

    /** The lower-cased names listed so far as countries, cities or regions. */
    private Set<String> placeNames() {
        Set<String> places = new HashSet<>();
        entries.forEach((name, mask) -> {
            if ((mask & (COUNTRY | CITY | REGION)) != 0) {
                places.add(name.toLowerCase(Locale.ROOT));
            }
        });
        return places;
    }

    private static int parseCount(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void add(String name, int category) {
        String n = name.strip();
        if (n.length() >= 2 && isLatin(n)) {
            entries.merge(n, category, (a, b) -> a | b);
        }
    }

    /** Airport and other codes among GeoNames alternate names: short, all capitals. */
    private static boolean isCode(String s) {
        return s.length() <= 4 && s.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static void lines(Path file, Consumer<String> action) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.lines().forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void gzipLines(Path file, Consumer<String> action) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            r.lines().forEach(action);
        }
    }
}
