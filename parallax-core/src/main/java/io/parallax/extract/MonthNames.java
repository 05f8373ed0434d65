package io.parallax.extract;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names of the languages Parallax reads, from the JDK's CLDR data rather than hand-written lists: full names
 * in their format and stand-alone forms ("juni", "juin", "июня") and abbreviations of three letters or more.
 * Matching ignores case and accents ("aout" = "août"). Immutable.
 */
final class MonthNames {

    private static final List<Locale> FULL = List.of("en", "sv", "de", "fr", "es", "it", "pt", "nl", "da", "nb", "nn",
            "fi", "pl", "cs", "sk", "ro", "hu", "hr", "sl", "lt", "lv", "et", "is", "ca", "ru", "uk", "bg", "el", "tr")
            .stream().map(Locale::forLanguageTag).toList();
    /** Languages whose short forms are safe to match: three letters that are not also common words. */
    private static final List<Locale> SHORT = List.of("en", "sv", "de", "fr", "es", "it", "nl", "da")
            .stream().map(Locale::forLanguageTag).toList();

    private static final Map<String, Integer> BY_NAME = build();

    /** A regular-expression alternation of every name, longest first. */
    static final String ALTERNATION = BY_NAME.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|"));

    private MonthNames() {
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> out = new HashMap<>();
        for (Month m : Month.values()) {
            for (Locale l : FULL) {
                for (TextStyle style : new TextStyle[]{TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                    add(out, m.getDisplayName(style, l), m.getValue());
                }
            }
            for (Locale l : SHORT) {
                for (TextStyle style : new TextStyle[]{TextStyle.SHORT, TextStyle.SHORT_STANDALONE}) {
                    String s = m.getDisplayName(style, l).replace(".", "");
                    if (s.length() >= 3) {
                        add(out, s, m.getValue());
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    private static void add(Map<String, Integer> out, String name, int month) {
        String key = fold(name);
        if (!key.isEmpty() && !key.chars().allMatch(Character::isDigit)) {
            out.putIfAbsent(key, month);
            // accented and unaccented spellings both occur in the wild ("août" / "aout")
            out.putIfAbsent(name.toLowerCase(Locale.ROOT), month);
        }
    }

    static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "").strip();
    }

    /** The month (1–12) of a name, or 0 when it names none. */
    static int of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
        Integer m = BY_NAME.get(w);
        if (m == null) {
            m = BY_NAME.get(fold(w));
        }
        return m == null ? 0 : m;
    }
}
