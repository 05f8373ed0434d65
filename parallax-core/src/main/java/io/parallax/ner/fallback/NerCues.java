package io.parallax.ner.fallback;

import io.parallax.pack.PackResources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language's cue words for the fallback name finder, read from {@code /packs/<lang>/ner-cues.txt} and joined
 * with the language-independent defaults in {@value #DEFAULTS} and the pack's {@code names-titles.txt}.
 *
 * <p>The file has {@code [section]} headers followed by lower-case entries, one per line ({@code #} starts a
 * comment). Sections are the values of {@link Kind} in lower case with dashes ({@code [org-head]}), plus
 * {@code [settings]} with {@code key = value} lines: {@code capitalised-nouns = true} for languages that
 * capitalise every noun (German, Luxembourgish), {@code compounds = true} for languages that write roles and
 * institutions as compounds ("Hafenchef", "Investitionsbank"). In {@code [inflection]}, a line
 * {@code suffix > replacement} names a case ending to try removing from a name's last word.
 *
 * <p>Immutable and thread-safe.
 */
public final class NerCues {

    /** Class-path file of cues shared by every language (legal forms, surname endings). */
    public static final String DEFAULTS = "/ner/fallback/cues-default.txt";
    /** Pack file of a language's cues. */
    public static final String FILE = "ner-cues.txt";

    /** The word lists a cue file may hold. */
    public enum Kind {
        /** Titles and roles before a person's name: "herr", "président", "sr". */
        TITLE,
        /** Words that name an organisation's kind: "bank", "université", "ministerio". */
        ORG_HEAD,
        /** Words that end organisations' names after other name words, in many languages: "news", "town". */
        ORG_FINAL,
        /** Endings of compound organisation words: "bank" in "Investitionsbank". */
        ORG_SUFFIX,
        /** Beginnings of compound organisation words: "bundes" in "Bundesbank". */
        ORG_PREFIX,
        /** Legal forms after a company's name: "gmbh", "sa", "inc". */
        ORG_DESIGNATOR,
        /** Lower-case words that may follow an organisation head inside its name: "européenne", "nacional". */
        ORG_MODIFIER,
        /** Words that join the parts of an organisation's name: "de", "für", "der". */
        ORG_CONNECTOR,
        /** Words that name a kind of place: "garten", "platz", "río". */
        LOC_HEAD,
        /** Words that name events, prizes and works: "cup", "festival", "liga". */
        MISC_HEAD,
        /** Stems of adjectives that names capitalise where every noun is capitalised: "neu" ("Neue Zürcher"). */
        NAME_ADJECTIVE,
        /** Lower-case particles inside personal and place names: "von", "van", "de", "del". */
        CONNECTOR,
        /** Prepositions that put a place after them: "in", "nach", "à", "en". */
        LOC_PREPOSITION,
        /** Words that join two names of the same kind: "und", "oder" ("in München und Warschau"). */
        CONJUNCTION,
        /** Capitalised words that are never names on their own: weekdays, months, honorifics. */
        NOT_NAME,
        /**
         * Characters that end a foreign name written without spaces, where word segmentation leaves both standing
         * alone: Chinese function characters ("与" in "与特朗普", "with Trump").
         */
        NAME_STOP,
        /** Endings of surnames: "enko", "ović", "sson". */
        SURNAME_ENDING,
        /** Case endings to try removing from a name's last word: "s", "es". */
        INFLECTION;

        String section() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Settings of a language. */
    public record Settings(boolean capitalisedNouns, boolean compounds) {
        static final Settings DEFAULT = new Settings(false, false);
    }

    /** One case ending and what replaces it ("s" → "", "у" → "а"). */
    public record Inflection(String suffix, String replacement) {
    }

    private final String language;
    private final Settings settings;
    private final Map<Kind, Set<String>> words;
    private final List<Inflection> inflections;
    private final int longestTitle;

    NerCues(String language, Settings settings, Map<Kind, Set<String>> words, List<Inflection> inflections) {
        this.language = language;
        this.settings = settings;
        Map<Kind, Set<String>> copy = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            copy.put(k, Set.copyOf(words.getOrDefault(k, Set.of())));
        }
        this.words = copy;
        this.inflections = List.copyOf(inflections);
        this.longestTitle = copy.get(Kind.TITLE).stream().mapToInt(t -> t.split(" ").length).max().orElse(0);
    }

    /**
     * The cues of a pack: defaults, the pack's {@code ner-cues.txt} and its {@code names-titles.txt}.
     *
     * @throws IllegalArgumentException naming the file and line, for an unknown section or setting
     */
    public static NerCues load(PackResources pack) {
        Parser p = new Parser(pack.language());
        p.read(readDefaults(), DEFAULTS);
        p.read(pack.lines(FILE), pack.path(FILE));
        for (String title : pack.lines("names-titles.txt")) {
            p.add(Kind.TITLE, title);
        }
        return p.build();
    }

    /** Cues from the given lines alone (tests, and languages built in code). */
    public static NerCues parse(String language, List<String> lines, String source) {
        Parser p = new Parser(language);
        p.read(lines, source);
        return p.build();
    }

    public String language() {
        return language;
    }

    public Settings settings() {
        return settings;
    }

    public boolean has(Kind kind, String lower) {
        return words.get(kind).contains(lower);
    }

    public Set<String> words(Kind kind) {
        return words.get(kind);
    }

    public List<Inflection> inflections() {
        return inflections;
    }

    /**
     * The word and its base forms under this language's case endings, longest word first ("wetterdienstes",
     * "wetterdienste", "wetterdienst"); a base keeps at least three letters.
     */
    List<String> forms(String lower) {
        List<String> out = new ArrayList<>(1 + inflections.size());
        out.add(lower);
        for (Inflection f : inflections) {
            if (lower.endsWith(f.suffix()) && lower.length() - f.suffix().length() >= 3) {
                out.add(lower.substring(0, lower.length() - f.suffix().length()) + f.replacement());
            }
        }
        return out;
    }

    /** Words in the longest title ("premier ministre" has two). */
    int longestTitle() {
        return longestTitle;
    }

    /** True when {@code lower} ends with one of {@code kind}'s words after a stem of at least {@code minStem}. */
    boolean endsWith(Kind kind, String lower, int minStem) {
        for (String s : words.get(kind)) {
            if (lower.length() >= s.length() + minStem && lower.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code lower} starts with one of {@code kind}'s words before a rest of at least {@code minRest}. */
    boolean startsWith(Kind kind, String lower, int minRest) {
        for (String s : words.get(kind)) {
            if (lower.length() >= s.length() + minRest && lower.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> readDefaults() {
        var in = NerCues.class.getResourceAsStream(DEFAULTS);
        if (in == null) {
            throw new IllegalStateException(DEFAULTS + " is missing from the class path");
        }
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                java.nio.charset.StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + DEFAULTS, e);
        }
    }

    /** Reads cue lines into word sets. Not thread-safe; used once per load. */
    private static final class Parser {
        private final String language;
        private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
        private final List<Inflection> inflections = new ArrayList<>();
        private boolean nouns;
        private boolean compounds;

        Parser(String language) {
            this.language = language;
        }

        void read(List<String> lines, String source) {
            String section = null;
            for (String raw : lines) {
                String line = stripComment(raw);
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1).strip();
                    if (!section.equals("settings")) {
                        kind(section, source);
                    }
                } else if (section == null) {
                    throw new IllegalArgumentException(source + ": entry before any [section]: " + line);
                } else if (section.equals("settings")) {
                    setting(line, source);
                } else {
                    entry(kind(section, source), line, source);
                }
            }
        }

        void add(Kind kind, String entry) {
            String e = entry.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!e.isEmpty()) {
                words.computeIfAbsent(kind, k -> new HashSet<>()).add(e);
            }
        }

        NerCues build() {
            return new NerCues(language, new Settings(nouns, compounds), words, inflections);
        }

        private void entry(Kind kind, String line, String source) {
            if (kind != Kind.INFLECTION) {
                add(kind, line);
                return;
            }
            int gt = line.indexOf('>');
            if (gt <= 0) {
                throw new IllegalArgumentException(source + ": expected 'suffix > replacement': " + line);
            }
            inflections.add(new Inflection(line.substring(0, gt).strip().toLowerCase(Locale.ROOT),
                    line.substring(gt + 1).strip().toLowerCase(Locale.ROOT)));
        }

        private void setting(String line, String source) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            boolean value = eq >= 0 && Boolean.parseBoolean(line.substring(eq + 1).strip());
            switch (key) {
                case "capitalised-nouns" -> nouns = value;
                case "compounds" -> compounds = value;
                default -> throw new IllegalArgumentException(source + ": unknown setting '" + key
                        + "' (capitalised-nouns, compounds)");
            }
        }

        private static Kind kind(String section, String source) {
            for (Kind k : Kind.values()) {
                if (k.section().equals(section)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(source + ": unknown section [" + section + "]");
        }

        private static String stripComment(String line) {
            int hash = line.indexOf('#');
            return (hash < 0 ? line : line.substring(0, hash)).strip();
        }
    }
}
