package io.parallax.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.ner.Gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Builds the NER gazetteer from the shared data: GeoNames cities (with every Latin-script alternate name, which
 * covers exonyms such as Moskva), countries (GeoNames country table and multilingual country names), first-level
 * regions, and words of person names from Wikidata (in two bands of frequency). Names in other scripts are left
 * out: the recognisers read Latin-script text.
 */
public final class GazetteerSources {

    /** The categories, in mask-bit order. */
    public static final List<String> CATEGORIES =
            List.of("LOC.country", "LOC.city", "LOC.region", "PER.part", "PER.common");

    private static final int COUNTRY = 1;
    private static final int CITY = 2;
    private static final int REGION = 4;
    private static final int PERSON_PART = 8;
    private static final int PERSON_COMMON = 16;
    private static final int COMMON_COUNT = 100;

    private final Map<String, Integer> entries = new HashMap<>();

    private GazetteerSources() {
    }

    /**
     * Reads the gazetteer files under {@code geonamesDir} and {@code namesDir} (either may be null to skip it).
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Gazetteer build(Path geonamesDir, Path namesDir) {
        GazetteerSources g = new GazetteerSources();
        if (geonamesDir != null) {
            g.geonames(geonamesDir);
        }
        if (namesDir != null) {
            g.personNames(namesDir.resolve("wikidata-translit"));
        }
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
