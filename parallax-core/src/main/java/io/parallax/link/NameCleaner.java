package io.parallax.link;

import io.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a mention's text into a {@link NameForm}: strips leading titles and roles ("Belarusian President",
 * "Rysslands president", "försvarsminister"), leading lower-case words ("motorvägen M4"), certain genitives
 * ("Putin's", "USA:s") and role compounds ("Wagnerledaren" → "Wagner"), and lists the base forms an uncertain
 * inflection may hide (Swedish "Prigozjins", "Sovjetunionen").
 *
 * <p>Stateless and thread-safe.
 */
public final class NameCleaner {

    /** Lower-case words that belong inside names: "de Gaulle", "van der Leyen", "bin Salman". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "des", "del", "della", "dos", "das",
            "van", "von", "der", "den", "ter", "ten", "le", "la", "al", "el", "bin", "ibn", "bint", "ben", "abu", "af",
            "av", "zu", "y", "e");
    private static final String QUOTES = "\"'“”‘’«»„‚‹›()[]{}<>.,;:!?–—-";
    /** Shortest stem an inflection may leave: "Lukas" must not become "Luka" by rule alone. */
    private static final int MIN_STEM = 3;

    /** Cleans one mention text written in the language of {@code conventions}. */
    public NameForm clean(String text, EntityType type, NameConventions conventions) {
        String surface = text == null ? "" : text;
        String t = trimPunctuation(surface.strip().replaceAll("\\s+", " "));
        t = stripCertainGenitive(t, conventions);
        List<String> tokens = new ArrayList<>(Arrays.asList(t.split(" ")));
        String title = stripLeading(tokens, type, conventions);
        if (tokens.size() == 1 && conventions.compounds()) {
            title = stripRoleCompound(tokens, conventions, title);
        }
        String name = String.join(" ", tokens).strip();
        if (name.isEmpty()) {
            name = t;
        }
        return new NameForm(surface, name, alternatives(tokens, conventions, name), title);
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && QUOTES.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        // keep a final period of an initial or abbreviation ("Jr.", "U.S."), drop other trailing punctuation
        while (b > a && QUOTES.indexOf(s.charAt(b - 1)) >= 0 && !(s.charAt(b - 1) == '.' && b - a > 2
                && Character.isLetter(s.charAt(b - 2)) && (s.charAt(b - 3) == '.' || s.charAt(b - 3) == ' '))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String stripCertainGenitive(String t, NameConventions c) {
        for (String g : c.genitives()) {
            boolean marked = !g.chars().allMatch(Character::isLetter);
            if (marked && t.length() > g.length() + 1 && t.endsWith(g)) {
                return t.substring(0, t.length() - g.length());
            }
        }
        return t;
    }

    /** Removes leading titles and lower-case words in place; returns what was removed, or null. */
    private static String stripLeading(List<String> tokens, EntityType type, NameConventions c) {
        int cut = 0;
        if (type == EntityType.PER) {
            cut = lastTitleEnd(tokens, c);
        }
        while (cut < tokens.size() - 1 && isLowerWord(tokens.get(cut))
                && !PARTICLES.contains(tokens.get(cut).toLowerCase(Locale.ROOT))) {
            cut++;
        }
        if (cut == 0) {
            return null;
        }
        String removed = String.join(" ", tokens.subList(0, cut));
        tokens.subList(0, cut).clear();
        return removed;
    }

    /** Index after the last title among all but the final token (titles of up to three words). */
    private static int lastTitleEnd(List<String> tokens, NameConventions c) {
        int cut = 0;
        for (int end = 1; end < tokens.size(); end++) {
            for (int len = 1; len <= 3 && len <= end; len++) {
                String phrase = String.join(" ", tokens.subList(end - len, end)).toLowerCase(Locale.ROOT);
                if (c.isTitle(phrase) || c.isTitle(trimPunctuation(phrase))) {
                    cut = end;
                }
            }
        }
        return cut;
    }

    private static String stripRoleCompound(List<String> tokens, NameConventions c, String title) {
        String word = tokens.get(0);
        int at = c.roleSuffix(word.toLowerCase(Locale.ROOT));
        if (at >= MIN_STEM && Character.isUpperCase(word.charAt(0))) {
            tokens.set(0, word.substring(0, at));
            return word.substring(at);
        }
        return title;
    }

    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    /** Base forms when the last word may carry an unmarked genitive or a definite suffix, best first. */
    private static List<String> alternatives(List<String> tokens, NameConventions c, String name) {
        if (tokens.isEmpty() || name.isEmpty()) {
            return List.of();
        }
        String head = String.join(" ", tokens.subList(0, tokens.size() - 1));
        String last = tokens.get(tokens.size() - 1);
        Set<String> stems = new LinkedHashSet<>();
        for (String g : letterSuffixes(c.genitives())) {
            strip(last, g).ifPresent(stems::add);
        }
        List<String> genitiveFree = new ArrayList<>(stems);
        genitiveFree.add(0, last);
        for (String base : genitiveFree) {
            for (String d : c.definites()) {
                strip(base, d).ifPresent(stems::add);
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : stems) {
            String alt = head.isEmpty() ? s : head + " " + s;
            if (!alt.equals(name)) {
                out.add(alt);
            }
        }
        return out;
    }

    private static List<String> letterSuffixes(List<String> suffixes) {
        return suffixes.stream().filter(s -> s.chars().allMatch(Character::isLetter)).toList();
    }

    private static java.util.Optional<String> strip(String word, String suffix) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM
                && !lower.endsWith(suffix + suffix.charAt(suffix.length() - 1))) {
            return java.util.Optional.of(word.substring(0, word.length() - suffix.length()));
        }
        return java.util.Optional.empty();
    }
}
