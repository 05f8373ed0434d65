package io.parallax.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * One language's words and patterns for dates, read from a pack's {@code key = value} file. Keys:
 * <ul>
 *   <li>{@code month.1} … {@code month.12}: names and abbreviations, space-separated;</li>
 *   <li>{@code weekday.1} (Monday) … {@code weekday.7}: names, space-separated; several forms allowed
 *       ("lördag lördags");</li>
 *   <li>{@code dayword.<offset>}: words for a day relative to the anchor ({@code dayword.-1 = yesterday});
 *       multi-word entries use {@code _} for a space ({@code i_går});</li>
 *   <li>{@code unit.DAYS}, {@code unit.WEEKS}, {@code unit.MONTHS}, {@code unit.YEARS}: unit words;</li>
 *   <li>{@code number.<n>}: number words ({@code number.1 = a an one});</li>
 *   <li>{@code months.case = exact} when month names must be capitalised as written (English "May");</li>
 *   <li>{@code pattern.<kind>.<name> = regex}: a pattern of kind {@code absolute}, {@code dayword}, {@code ago},
 *       {@code weekday_last}, {@code weekday_next} or {@code weekday_near}, with the placeholders {@code {day}},
 *       {@code {month}}, {@code {year}}, {@code {weekday}}, {@code {dayword}}, {@code {n}} and {@code {unit}}.
 *       Patterns match case-insensitively, at word boundaries. {@code confidence.<kind>} overrides the default
 *       confidence of a kind.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class DateLexicon {

    /** What a pattern means. */
    public enum Kind {
        ABSOLUTE(0), DAYWORD(0), AGO(0), WEEKDAY_LAST(-1), WEEKDAY_NEXT(1), WEEKDAY_NEAR(0);

        final int direction;

        Kind(int direction) {
            this.direction = direction;
        }
    }

    /** A compiled pattern with its meaning. */
    public record Pattern(String name, Kind kind, java.util.regex.Pattern regex, double confidence) {
    }

    private static final String DAY = "(?<day>3[01]|[12][0-9]|0?[1-9])";
    private static final String YEAR = "(?<year>(?:1[89]|20)[0-9]{2})";

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> daywords;
    private final Map<String, ChronoUnit> units;
    private final Map<String, Integer> numbers;
    private final List<Pattern> patterns;

    private DateLexicon(Map<String, String> p, String source) {
        months = words(p, "month.", Integer::parseInt);
        weekdays = words(p, "weekday.", k -> DayOfWeek.of(Integer.parseInt(k)));
        daywords = words(p, "dayword.", Integer::parseInt);
        units = words(p, "unit.", ChronoUnit::valueOf);
        numbers = words(p, "number.", Integer::parseInt);
        boolean exactMonths = "exact".equals(p.get("months.case"));
        patterns = compile(p, source, exactMonths);
    }

    /**
     * @throws IllegalArgumentException naming the key, when a key or pattern is malformed
     */
    public static DateLexicon parse(Map<String, String> p, String source) {
        return new DateLexicon(p, source);
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    int month(String word) {
        return lookup(months, word, "month");
    }

    DayOfWeek weekday(String word) {
        return lookup(weekdays, word, "weekday");
    }

    int dayword(String word) {
        return lookup(daywords, word.replaceAll("\\s+", " "), "day word");
    }

    ChronoUnit unit(String word) {
        return lookup(units, word, "unit");
    }

    int number(String word) {
        return word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : lookup(numbers, word, "number");
    }

    private static <T> T lookup(Map<String, T> map, String word, String what) {
        T v = map.get(word.toLowerCase(Locale.ROOT).replace('.', ' ').strip());
        if (v == null) {
            throw new IllegalStateException("no " + what + " '" + word + "' in the lexicon");
        }
        return v;
    }

    private static <T> Map<String, T> words(Map<String, String> p, String prefix, Function<String, T> key) {
        Map<String, T> out = new HashMap<>();
        for (String name : p.keySet()) {
            if (!name.startsWith(prefix)) {
                continue;
            }
            T value;
            try {
                value = key.apply(name.substring(prefix.length()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad date lexicon key: " + name, e);
            }
            for (String w : p.get(name).trim().split("\\s+")) {
                out.put(normal(w), value);
            }
        }
        return Map.copyOf(out);
    }

    private static String normal(String w) {
        return w.toLowerCase(Locale.ROOT).replace('_', ' ').replace('.', ' ').strip();
    }

    private List<Pattern> compile(Map<String, String> p, String source, boolean exactMonths) {
        Map<String, String> slots = Map.of(
                "{day}", DAY,
                "{year}", YEAR,
                "{month}", "(?<month>" + alternation(p, "month.", exactMonths) + ")",
                "{weekday}", "(?<weekday>" + alternation(p, "weekday.", false) + ")",
                "{dayword}", "(?<dayword>" + alternation(p, "dayword.", false) + ")",
                "{unit}", "(?<unit>" + alternation(p, "unit.", false) + ")",
                "{n}", "(?<n>[0-9]{1,3}|" + alternation(p, "number.", false) + ")");
        List<Pattern> out = new ArrayList<>();
        for (String name : p.keySet().stream().sorted().toList()) {
            if (name.startsWith("pattern.")) {
                out.add(pattern(p, name, slots, source));
            }
        }
        return List.copyOf(out);
    }

    private static Pattern pattern(Map<String, String> p, String name, Map<String, String> slots, String source) {
        String[] parts = name.split("\\.", 3);
        Kind kind;
        try {
            kind = Kind.valueOf(parts[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": unknown pattern kind in " + name);
        }
        String regex = p.get(name).strip();
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            regex = regex.replace(slot.getKey(), slot.getValue());
        }
        double confidence = Double.parseDouble(p.getOrDefault("confidence." + parts[1],
                kind == Kind.ABSOLUTE ? "0.95" : "0.8"));
        try {
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            return new Pattern(name, kind, compiled, confidence);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(source + ": bad regex in " + name + ": " + e.getDescription());
        }
    }

    /** A regex alternation of a word family, longest first so that "Sept" wins over "Sep". */
    private static String alternation(Map<String, String> p, String prefix, boolean exactCase) {
        String alt = p.keySet().stream().filter(n -> n.startsWith(prefix))
                .flatMap(n -> java.util.Arrays.stream(p.get(n).trim().split("\\s+")))
                .filter(w -> !w.isEmpty())
                .map(w -> java.util.regex.Pattern.quote(w.replace('_', ' ')).replace(" ", "\\E\\s+\\Q"))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining("|"));
        if (alt.isEmpty()) {
            return "(?!)";
        }
        return exactCase ? "(?-i:" + alt + ")" : alt;
    }
}
