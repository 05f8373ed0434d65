package io.parallax.link.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import io.parallax.link.NameKeys;
import io.parallax.link.Script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the gazetteer from GeoNames ({@code cities15000.txt}, {@code countryInfo.tsv}, {@code regionInfo.tsv},
 * {@code country_translations.json}; CC BY 4.0), CLDR territory names in every ICU4J locale (standard and short
 * forms), and optionally Debian's iso-codes translations of country names (LGPL-2.1+; {@code /usr/share}).
 * Only the name keys are kept, never the translations themselves, which keeps the file small.
 *
 * <p>Points: a city is its GeoNames point; a region is its administrative seat (else its largest city); a country
 * is its capital (else its largest city); a continent is the mean of its countries' points. Output is
 * deterministic: the same inputs give the same bytes.
 */
public final class GazetteerBuilder {

    /** GeoNames continent codes → UN M.49 region codes, which CLDR names. */
    private static final Map<String, String> CONTINENTS = new LinkedHashMap<>();

    static {
        CONTINENTS.put("AF", "002");
        CONTINENTS.put("AS", "142");
        CONTINENTS.put("EU", "150");
        CONTINENTS.put("NA", "003");
        CONTINENTS.put("SA", "005");
        CONTINENTS.put("OC", "009");
    }

    /** Shorter keys are mostly romanised abbreviations ("mi", "e u") that collide with everything. */
    private static final int MIN_KEY_LETTERS = 3;
    /** Shortest key of Han characters (kept as written): two, as in 伦敦; one character is an abbreviation. */
    private static final int MIN_HAN_KEY = 2;

    private final NameKeys keys;

    public GazetteerBuilder(NameKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Summary of a build, for the command line. */
    public record Report(int countries, int regions, int cities, int continents, int former, int keys) {
    }

    private record City(long id, String name, List<String> names, double lat, double lon, String cc, String admin1,
                        String feature, long population) {
    }

    /**
     * Builds the entries.
     *
     * @param geonames directory with the GeoNames files
     * @param isoCodes Debian's {@code /usr/share} (with {@code iso-codes/json} and {@code locale}), or null
     * @throws IOException when a GeoNames file is missing or unreadable
     */
    public List<GazetteerEntry> build(Path geonames, Path isoCodes) throws IOException {
        List<City> cities = readCities(geonames.resolve("cities15000.txt"));
        Map<String, Map<String, Set<String>>> extraCountryNames = new HashMap<>();
        readCountryTranslations(geonames.resolve("country_translations.json"), geonames.resolve("countryInfo.tsv"),
                extraCountryNames);
        if (isoCodes != null) {
            readIsoCodes(isoCodes, extraCountryNames);
        }
        List<GazetteerEntry> countries = countries(geonames.resolve("countryInfo.tsv"), cities, extraCountryNames);
        List<GazetteerEntry> out = new ArrayList<>(countries);
        out.addAll(continents(geonames.resolve("countryInfo.tsv"), countries));
        out.addAll(regions(geonames.resolve("regionInfo.tsv"), cities));
        if (isoCodes != null) {
            out.addAll(formerCountries(isoCodes, countries));
        }
        for (City c : cities) {
            out.add(new GazetteerEntry("geonames:" + c.id, GazetteerEntry.Kind.CITY, c.cc, c.lat, c.lon,
                    c.population, "PPLC".equals(c.feature), c.name, keysOf(c.names), List.of()));
        }
        return out;
    }

    /** Writes entries in the format {@link Gazetteer#read} reads, gzipped. */
    public static Report write(List<GazetteerEntry> entries, OutputStream out) throws IOException {
        int[] counts = new int[GazetteerEntry.Kind.values().length];
        int keyCount = 0;
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write(Gazetteer.HEADER + "\tkeys=" + NameKeys.VERSION
                    + "\tsources=GeoNames (CC BY 4.0), CLDR via ICU4J, iso-codes\n");
            for (GazetteerEntry e : entries) {
                w.write(Gazetteer.format(e));
                w.write('\n');
                counts[e.kind().ordinal()]++;
                keyCount += e.keys().size();
            }
        }
        return new Report(counts[0], counts[1], counts[2], counts[3], counts[4], keyCount);
    }

    private List<String> keysOf(Iterable<String> names) {
        Set<String> out = new TreeSet<>();
        for (String n : names) {
            if (usableName(n)) {
                String k = keys.key(n);
                int letters = k.replace(" ", "").length();
                if (letters >= MIN_KEY_LETTERS || letters >= MIN_HAN_KEY && Script.of(k) == Script.HAN) {
                    out.add(k);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Skips airport and postal codes, which GeoNames lists among alternate names ("MOW", "ALV"). */
    private static boolean usableName(String n) {
        if (n.isBlank() || n.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean upper = n.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return !(upper && n.length() <= 4);
    }

    private static List<City> readCities(Path file) throws IOException {
        List<City> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !f[6].equals("P")) {
                    continue;
                }
                List<String> names = new ArrayList<>(List.of(f[1], f[2]));
                if (!f[3].isEmpty()) {
                    names.addAll(List.of(f[3].split(",")));
                }
                out.add(new City(Long.parseLong(f[0]), f[1], names, Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), f[8], f[10], f[7], parseLong(f[14])));
            }
        }
        out.sort(Comparator.comparingLong(City::id));
        return out;
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private static List<String[]> readTsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private List<GazetteerEntry> countries(Path countryInfo, List<City> cities,
                                           Map<String, Map<String, Set<String>>> extra) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        ULocale[] locales = ULocale.getAvailableLocales();
        for (String[] f : readTsv(countryInfo)) {
            String cc = f[0];
            List<String> names = new ArrayList<>(List.of(f[4]));
            names.addAll(cldrNames(cc, locales));
            extra.getOrDefault(cc, Map.of()).values().forEach(names::addAll);
            City seat = seat(cities, c -> c.cc.equals(cc), "PPLC");
            String english = new ULocale("", cc).getDisplayCountry(ULocale.ENGLISH);
            out.add(new GazetteerEntry("geonames:" + f[16], GazetteerEntry.Kind.COUNTRY, cc,
                    seat == null ? Double.NaN : seat.lat, seat == null ? Double.NaN : seat.lon, parseLong(f[7]), false,
                    english.equals(cc) ? f[4] : english, keysOf(names), List.of(cc, f[1])));
        }
        return out;
    }

    /** The territory's name in every ICU locale, standard and short ("United States", "US"). */
    private static List<String> cldrNames(String code, ULocale[] locales) {
        Set<String> out = new TreeSet<>();
        for (ULocale l : locales) {
            if (!l.getCountry().isEmpty()) {
                continue;
            }
            for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
                String n = LocaleDisplayNames.getInstance(l, length).regionDisplayName(code);
                if (n != null && !n.equals(code)) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    private static City seat(List<City> cities, java.util.function.Predicate<City> in, String feature) {
        City best = null;
        City largest = null;
        for (City c : cities) {
            if (!in.test(c)) {
                continue;
            }
            if (feature.equals(c.feature) && (best == null || c.population > best.population)) {
                best = c;
            }
            if (largest == null || c.population > largest.population) {
                largest = c;
            }
        }
        return best != null ? best : largest;
    }

    private List<GazetteerEntry> continents(Path countryInfo, List<GazetteerEntry> countries) throws IOException {
        Map<String, String> continentOf = new HashMap<>();
        for (String[] f : readTsv(countryInfo)) {
            continentOf.put(f[0], f[8]);
        }
        ULocale[] locales = ULocale.getAvailableLocales();
        List<GazetteerEntry> out = new ArrayList<>();
        for (Map.Entry<String, String> c : CONTINENTS.entrySet()) {
            List<GazetteerEntry> members = countries.stream()
                    .filter(e -> c.getKey().equals(continentOf.get(e.countryCode())) && !Double.isNaN(e.latitude()))
                    .toList();
            double lat = members.stream().mapToDouble(GazetteerEntry::latitude).average().orElse(Double.NaN);
            double lon = members.stream().mapToDouble(GazetteerEntry::longitude).average().orElse(Double.NaN);
            long pop = members.stream().mapToLong(GazetteerEntry::population).sum();
            String english = new ULocale("", c.getValue()).getDisplayCountry(ULocale.ENGLISH);
            out.add(new GazetteerEntry("cldr:" + c.getValue(), GazetteerEntry.Kind.CONTINENT, null, lat, lon, pop,
                    false, english, keysOf(cldrNames(c.getValue(), locales)), List.of()));
        }
        return out;
    }

    private List<GazetteerEntry> regions(Path regionInfo, List<City> cities) throws IOException {
        Map<String, List<City>> byRegion = new HashMap<>();
        for (City c : cities) {
            byRegion.computeIfAbsent(c.cc + "." + c.admin1, k -> new ArrayList<>()).add(c);
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (String[] f : readTsv(regionInfo)) {
            List<City> in = byRegion.getOrDefault(f[0], List.of());
            City seat = seat(in, c -> true, "PPLA");
            long pop = in.stream().mapToLong(City::population).sum();
            String cc = f[0].substring(0, f[0].indexOf('.'));
            out.add(new GazetteerEntry("geonames:" + f[3], GazetteerEntry.Kind.REGION, cc,
                    seat == null ? Double.NaN : seat.lat, seat == null ? Double.NaN : seat.lon, pop, false, f[1],
                    keysOf(List.of(f[1], f[2])), List.of()));
        }
        return out;
    }

    /** GeoNames' country_translations.json: geonameid → language → name. */
    private static void readCountryTranslations(Path json, Path countryInfo,
                                                Map<String, Map<String, Set<String>>> out) throws IOException {
        if (!Files.exists(json)) {
            return;
        }
        Map<String, String> ccById = new HashMap<>();
        for (String[] f : readTsv(countryInfo)) {
            ccById.put(f[16], f[0]);
        }
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        root.fields().forEachRemaining(e -> {
            String cc = ccById.get(e.getKey());
            if (cc != null) {
                e.getValue().fields().forEachRemaining(t -> add(out, cc, t.getKey(), t.getValue().asText()));
            }
        });
    }

    private static void add(Map<String, Map<String, Set<String>>> out, String cc, String lang, String name) {
        Set<String> names = out.computeIfAbsent(cc, k -> new HashMap<>()).computeIfAbsent(lang, k -> new TreeSet<>());
        names.add(name);
        names.addAll(shortForms(name));
    }

    /**
     * Everyday forms of an official name: a leading genitive qualifier dropped ("Amerikas förenta stater" →
     * "förenta stater"), and the part after "of" in English-style official names ("Republic of Belarus").
     */
    static List<String> shortForms(String official) {
        String[] w = official.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        if (w.length >= 3 && w[0].length() > 3 && w[0].endsWith("s") && Character.isUpperCase(w[0].charAt(0))) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length)));
        }
        int of = List.of(w).indexOf("of");
        if (of > 0 && of < w.length - 1) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, of + 1, w.length)));
        }
        return out;
    }

    /**
     * Countries that no longer exist, from Debian iso-codes' ISO 3166-3 list and its translations ("Sovjetunionen").
     * Each is placed at the capital of its most populous successor state, the successors being CLDR's replacements
     * for the withdrawn code (SU → RU AM AZ BY …, read from ICU's metadata). Names whose key a current country
     * already has ("Burma") stay with the current country; a former country with no name left, or no successor
     * with a point, is skipped.
     */
    List<GazetteerEntry> formerCountries(Path share, List<GazetteerEntry> countries) throws IOException {
        Path json = share.resolve("iso-codes/json/iso_3166-3.json");
        if (!Files.exists(json)) {
            return List.of();
        }
        Map<String, GazetteerEntry> byCode = new HashMap<>();
        Set<String> currentKeys = new java.util.HashSet<>();
        for (GazetteerEntry c : countries) {
            byCode.put(c.countryCode(), c);
            currentKeys.addAll(c.keys());
        }
        List<Map<String, String>> translations = translations(share, "iso_3166-3.mo");
        List<GazetteerEntry> out = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(json.toFile()).get("3166-3")) {
            String official = c.get("name").asText();
            GazetteerEntry successor = mostPopulous(successors(c.path("alpha_3").asText(),
                    c.path("numeric").asText(), c.path("alpha_4").asText()), byCode);
            List<String> names = new ArrayList<>(nameParts(official));
            translations.stream().map(t -> t.get(official)).filter(Objects::nonNull)
                    .forEach(t -> names.addAll(nameParts(t)));
            List<String> k = keysOf(names).stream().filter(x -> !currentKeys.contains(x)).toList();
            if (successor == null || k.isEmpty() || Double.isNaN(successor.latitude())) {
                continue;
            }
            out.add(new GazetteerEntry("iso3166-3:" + c.get("alpha_4").asText(), GazetteerEntry.Kind.HISTORICAL,
                    null, successor.latitude(), successor.longitude(), 0, false, englishName(official), k, List.of()));
        }
        return out;
    }

    /**
     * The names in an ISO 3166-3 name, which puts the short name first ("Yemen, Democratic", "USSR, Union of Soviet
     * Socialist Republics"): the first part, and later parts of two or more words that do not end in "of" (a lone
     * qualifier such as "Democratic" or "Republika" is no name).
     */
    static List<String> nameParts(String isoName) {
        List<String> out = new ArrayList<>();
        String[] parts = isoName.split(",");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].replaceAll("[()]", "").strip();
            boolean qualifier = i > 0 && (p.indexOf(' ') < 0 || p.matches(".*\\s(of|de|del|di|do|da|von|van)$"));
            if (!p.isEmpty() && !qualifier) {
                out.add(p);
            }
        }
        return out;
    }

    /** The first part of an ISO name that is not an abbreviation ("Union of Soviet Socialist Republics"). */
    private static String englishName(String isoName) {
        List<String> parts = nameParts(isoName);
        return parts.stream().filter(p -> !p.equals(p.toUpperCase(java.util.Locale.ROOT))).findFirst()
                .orElse(parts.isEmpty() ? isoName : parts.get(0));
    }

    /**
     * The successor territories of a withdrawn country: CLDR's replacements for its alpha-3 or numeric code (ICU's
     * metadata; ICU exposes no public API for them), else the current code that ends its ISO 3166-3 alpha-4 code
     * (PZPA → PA; "HH" and "XX" mean none). Alpha-2 codes are not used: "CS" was two countries.
     */
    static List<String> successors(String alpha3, String numeric, String alpha4) {
        com.ibm.icu.util.UResourceBundle aliases = com.ibm.icu.util.UResourceBundle.getBundleInstance(
                com.ibm.icu.impl.ICUData.ICU_BASE_NAME, "metadata",
                com.ibm.icu.impl.ICUResourceBundle.ICU_DATA_CLASS_LOADER).get("alias").get("territory");
        for (String code : List.of(alpha3, numeric)) {
            try {
                if (!code.isEmpty()) {
                    return List.of(aliases.get(code).get("replacement").getString().split(" "));
                }
            } catch (java.util.MissingResourceException e) {
                // no alias under this code: try the next
            }
        }
        String tail = alpha4.length() == 4 ? alpha4.substring(2) : "";
        return tail.isEmpty() || tail.equals("HH") || tail.equals("XX") ? List.of() : List.of(tail);
    }

    private static GazetteerEntry mostPopulous(List<String> codes, Map<String, GazetteerEntry> byCode) {
        return codes.stream().map(byCode::get).filter(Objects::nonNull)
                .max(Comparator.comparingLong(GazetteerEntry::population)).orElse(null);
    }

    /** Every language's translations of an iso-codes catalogue ({@code locale/<lang>/LC_MESSAGES/<file>}). */
    private static List<Map<String, String>> translations(Path share, String file) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        Path locale = share.resolve("locale");
        if (!Files.isDirectory(locale)) {
            return out;
        }
        try (var dirs = Files.list(locale)) {
            for (Path dir : dirs.sorted().toList()) {
                Path mo = dir.resolve("LC_MESSAGES").resolve(file);
                if (Files.exists(mo)) {
                    out.add(MoFile.read(mo));
                }
            }
        }
        return out;
    }

    /** Debian iso-codes: ISO 3166-1 names, official names and common names, in every translated language. */
    private static void readIsoCodes(Path share, Map<String, Map<String, Set<String>>> out) throws IOException {
        Path json = share.resolve("iso-codes/json/iso_3166-1.json");
        if (!Files.exists(json)) {
            throw new IOException(json + " not found (install Debian's iso-codes, or leave out --iso-codes)");
        }
        List<Map.Entry<String, List<String>>> countries = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(json.toFile()).get("3166-1")) {
            List<String> names = new ArrayList<>();
            for (String field : List.of("name", "official_name", "common_name")) {
                if (c.hasNonNull(field)) {
                    names.add(c.get(field).asText());
                }
            }
            countries.add(Map.entry(c.get("alpha_2").asText(), names));
            names.forEach(n -> add(out, c.get("alpha_2").asText(), "en", n));
        }
        try (var dirs = Files.list(share.resolve("locale"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path mo = dir.resolve("LC_MESSAGES/iso_3166-1.mo");
                if (Files.exists(mo)) {
                    Map<String, String> tr = MoFile.read(mo);
                    String lang = dir.getFileName().toString();
                    for (var c : countries) {
                        c.getValue().stream().map(tr::get).filter(Objects::nonNull)
                                .forEach(n -> add(out, c.getKey(), lang, n));
                    }
                }
            }
        }
    }
}
