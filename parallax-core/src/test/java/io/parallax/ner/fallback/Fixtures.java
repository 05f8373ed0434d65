package io.parallax.ner.fallback;

import io.parallax.link.NameKeys;
import io.parallax.link.Romanizer;
import io.parallax.link.gazetteer.GazetteerEntry;
import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A tiny gazetteer, name lexicon and known-names list, so that rule tests run in milliseconds and say exactly
 * which data they rely on. The pack cue files are the real ones.
 */
final class Fixtures {

    static final NameKeys KEYS = new NameKeys(new Romanizer());
    static final SharedNameData SHARED = new SharedNameData(KEYS, places(), names(), known());

    private Fixtures() {
    }

    static FallbackNameFinder finder(String language) {
        return new FallbackNameFinder(FallbackNameFinders.model(new PackResources(language), SHARED,
                FallbackConfig.DEFAULT));
    }

    /** Splits on spaces: the tests write their tokens out. */
    static String[] tokens(String sentence) {
        return sentence.split(" ");
    }

    static List<String[]> document(String... sentences) {
        return Arrays.stream(sentences).map(Fixtures::tokens).toList();
    }

    /** The names of a sentence as "text/TYPE" strings. */
    static List<String> names(String[] tokens, List<? extends Object> spans) {
        List<String> out = new ArrayList<>();
        for (Object o : spans) {
            int start;
            int end;
            EntityType type;
            if (o instanceof Candidate c) {
                start = c.start();
                end = c.end();
                type = c.type();
            } else {
                io.parallax.ner.NameSpan n = (io.parallax.ner.NameSpan) o;
                start = n.start();
                end = n.end();
                type = n.type();
            }
            out.add(String.join(" ", Arrays.copyOfRange(tokens, start, end)) + "/" + type);
        }
        return out;
    }

    private static PlaceIndex places() {
        return PlaceIndex.of(List.of(
                place("geonames:1", GazetteerEntry.Kind.COUNTRY, "DE", 83_000_000, false, "Germany",
                        List.of("Germany", "Deutschland", "Allemagne", "Alemania"), List.of("DE", "DEU")),
                place("geonames:2", GazetteerEntry.Kind.COUNTRY, "PL", 38_000_000, false, "Poland",
                        List.of("Poland", "Polen", "Pologne", "Polonia"), List.of("PL", "POL")),
                place("geonames:3", GazetteerEntry.Kind.CITY, "DE", 1_260_000, false, "Munich",
                        List.of("Munich", "München", "Monaco di Baviera"), List.of()),
                place("geonames:4", GazetteerEntry.Kind.CITY, "PL", 1_700_000, true, "Warsaw",
                        List.of("Warsaw", "Warschau", "Varsovie", "Varsovia"), List.of()),
                place("geonames:5", GazetteerEntry.Kind.CITY, "SE", 600_000, false, "Göteborg",
                        List.of("Göteborg", "Gothenburg"), List.of()),
                // a town whose name is also a German noun, and one named like a person
                place("geonames:6", GazetteerEntry.Kind.CITY, "ID", 120_000, false, "Ende", List.of("Ende"), List.of()),
                place("geonames:7", GazetteerEntry.Kind.CITY, "US", 130_000, false, "Warren", List.of("Warren"),
                        List.of()),
                place("geonames:8", GazetteerEntry.Kind.CITY, "CN", 900_000, false, "Beijing", List.of("北京"),
                        List.of()),
                place("geonames:12", GazetteerEntry.Kind.CITY, "GB", 8_900_000, true, "London",
                        List.of("London", "伦敦"), List.of()),
                place("geonames:13", GazetteerEntry.Kind.CITY, "FR", 25_000, false, "Vichy",
                        List.of("Vichy", "维琪"), List.of()),
                place("geonames:9", GazetteerEntry.Kind.CITY, "RU", 10_000_000, true, "Moscow",
                        List.of("Moscow", "Москва"), List.of()),
                place("geonames:10", GazetteerEntry.Kind.CITY, "BG", 1_150_000, true, "Sofia", List.of("Sofia"),
                        List.of()),
                // a city named like a given name
                place("geonames:11", GazetteerEntry.Kind.CITY, "RU", 350_000, false, "Vladimir",
                        List.of("Vladimir", "Владимир"), List.of())));
    }

    private static GazetteerEntry place(String id, GazetteerEntry.Kind kind, String country, long population,
                                        boolean capital, String name, List<String> names, List<String> codes) {
        return new GazetteerEntry(id, kind, country, 0, 0, population, capital, name,
                names.stream().map(KEYS::key).distinct().toList(), codes);
    }

    private static NameLexicon names() {
        return new NameLexicon(Map.ofEntries(
                Map.entry("katharina", 68 << 1 | 1), Map.entry("elizabeth", 860 << 1 | 1),
                Map.entry("linus", 31 << 1 | 1), Map.entry("sofia", 143 << 1 | 1), Map.entry("oleksandr", 82 << 1),
                Map.entry("virtanen", 40 << 1), Map.entry("obermaier", 3 << 1), Map.entry("simpson", 300 << 1),
                Map.entry("nell", 25 << 1), Map.entry("scovell", 4 << 1), Map.entry("владимир", 90 << 1 | 1),
                Map.entry("دونالد", 40 << 1 | 1), Map.entry("ترامب", 12 << 1), Map.entry("哈里斯", 110 << 1),
                Map.entry("布雷特", 16 << 1 | 1)));
    }

    private static KnownNames known() {
        return new KnownNames(Map.of(
                "reuters", new KnownNames.Entry(EntityType.ORG, 137, 1.0),
                "associated press", new KnownNames.Entry(EntityType.ORG, 66, 1.0)));
    }
}
