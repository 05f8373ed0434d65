package io.parallax.link;

import io.parallax.ner.Designators;
import io.parallax.pack.PackResources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How one language writes names: its titles and roles, how it romanises foreign (mostly Slavic) names, and its
 * inflections of names. Read from the language pack's files under {@code /packs/<lang>/}:
 * <ul>
 *   <li>{@code names-titles.txt}: titles and roles, lower case, one per line ("president", "prime minister");</li>
 *   <li>{@code names-spelling.txt}: {@code regex > replacement} rewrites from this language's romanisation to the
 *       English one, applied in order to lower-case ASCII; upper-case output is protected from later rules;</li>
 *   <li>{@code names-designators.txt}: words that mark an organisation's kind rather than name it ("group",
 *       "inc", "party"), lower case;</li>
 *   <li>{@code names-inflection.txt}: {@code genitive = …}, {@code definite = …} (suffixes, longest first) and
 *       {@code compounds = true} when the language writes roles as compounds ("försvarsminister").</li>
 * </ul>
 * A language without these files gets {@link #NONE}: no titles, no rewrites, no inflection. Immutable.
 */
public record NameConventions(String language, Set<String> titles, Set<String> designators, List<Rewrite> spelling,
                              List<String> genitives, List<String> definites, boolean compounds) {

    /** Conventions of a language the project knows nothing about. */
    public static final NameConventions NONE = new NameConventions("und", Set.of(), Set.of(), List.of(), List.of(),
            List.of(), false);

    public NameConventions {
        Objects.requireNonNull(language, "language");
        titles = Set.copyOf(titles);
        designators = Set.copyOf(designators);
        spelling = List.copyOf(spelling);
        genitives = List.copyOf(genitives);
        definites = List.copyOf(definites);
    }

    /** One spelling rewrite: every match of {@code pattern} becomes {@code replacement}. */
    public record Rewrite(Pattern pattern, String replacement) {

        /** Parses {@code regex > replacement}; the replacement may be empty. */
        public static Rewrite parse(String line, String source) {
            int gt = line.lastIndexOf('>');
            if (gt < 0) {
                throw new IllegalArgumentException(source + ": expected 'regex > replacement': " + line);
            }
            try {
                return new Rewrite(Pattern.compile(line.substring(0, gt).strip()), line.substring(gt + 1).strip());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ": bad pattern in '" + line + "': " + e.getDescription());
            }
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    /** Loads the conventions of {@code language} from its pack files. */
    public static NameConventions load(String language) {
        if (language == null || language.isBlank()) {
            return NONE;
        }
        String lang = language.toLowerCase(Locale.ROOT);
        PackResources pack = new PackResources(lang);
        List<Rewrite> rewrites = pack.lines("names-spelling.txt").stream()
                .map(l -> Rewrite.parse(l, pack.path("names-spelling.txt"))).toList();
        List<String> genitives = new ArrayList<>();
        List<String> definites = new ArrayList<>();
        boolean compounds = false;
        for (String line : pack.lines("names-inflection.txt")) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            List<String> values = eq < 0 ? List.of() : Arrays.asList(line.substring(eq + 1).strip().split("\\s+"));
            switch (key) {
                case "genitive" -> genitives.addAll(values);
                case "definite" -> definites.addAll(values);
                case "compounds" -> compounds = values.contains("true");
                default -> throw new IllegalArgumentException(
                        pack.path("names-inflection.txt") + ": unknown key '" + key + "'");
            }
        }
        return new NameConventions(lang, pack.words("names-titles.txt"), pack.words(Designators.FILE), rewrites,
                genitives, definites, compounds);
    }

    /** Applies this language's spelling rewrites to lower-case ASCII text. */
    public String respell(String asciiLower) {
        String s = asciiLower;
        for (Rewrite r : spelling) {
            s = r.apply(s);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * An organisation's name without trailing kind words ("Wagner Group" → "Wagner"), or the name itself when
     * nothing, or nothing else, would remain.
     */
    public String withoutDesignators(String name) {
        String[] words = Strings.WHITESPACE.split(name.strip());
        int end = words.length;
        while (end > 1 && designators.contains(words[end - 1].toLowerCase(Locale.ROOT).replace(".", ""))) {
            end--;
        }
        String[] kept = java.util.Arrays.copyOf(words, end);
        if (compounds) {
            kept[end - 1] = withoutCompoundDesignator(kept[end - 1]);
        }
        return String.join(" ", kept);
    }

    /** "Wagnergruppen" → "Wagner": a compound whose last part is a kind word, keeping at least three letters. */
    private String withoutCompoundDesignator(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String d : designators) {
            if (d.length() >= 4 && lower.length() >= d.length() + 3 && lower.endsWith(d)) {
                return word.substring(0, word.length() - d.length());
            }
        }
        return word;
    }

    /** True when the lower-cased word is a title or role, or (in compounding languages) ends with one. */
    public boolean isTitle(String lowerWord) {
        if (titles.contains(lowerWord)) {
            return true;
        }
        return compounds && roleSuffix(lowerWord) > 0;
    }

    /**
     * Where a compound role word's role part starts ("försvarsminister" → 7 for "minister"), or -1. The prefix must
     * keep at least three letters, so that the role word itself is not a compound of itself.
     */
    public int roleSuffix(String lowerWord) {
        if (!compounds) {
            return -1;
        }
        int best = -1;
        for (String t : titles) {
            if (t.length() >= 4 && t.indexOf(' ') < 0 && lowerWord.length() >= t.length() + 3
                    && lowerWord.endsWith(t)) {
                int at = lowerWord.length() - t.length();
                best = best < 0 ? at : Math.min(best, at);
            }
        }
        return best;
    }
}
