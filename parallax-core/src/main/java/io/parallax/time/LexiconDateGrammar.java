package io.parallax.time;

import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;
import io.parallax.model.TimeExpression.Granularity;
import io.parallax.model.TimeExpression.Rule;
import io.parallax.pack.PackResources;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A date grammar defined by data: a language pack's {@code dates.properties} lists month and weekday names, day
 * words, units, number words and the patterns that combine them (see {@link DateLexicon}). Finds absolute dates
 * ("24 June 2023", "den 24 juni 2023", "mid-June") and relative ones ("last Saturday", "i lördags", "yesterday",
 * "för en vecka sedan"); relative ones are resolved against the anchor when it is known. Thread-safe and immutable.
 */
public final class LexiconDateGrammar implements DateGrammar {

    private final DateLexicon lexicon;

    public LexiconDateGrammar(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The pack's grammar, or empty when the pack has no {@code dates.properties}. */
    public static Optional<DateGrammar> load(PackResources pack) {
        return pack.keyValues("dates.properties")
                .map(p -> new LexiconDateGrammar(DateLexicon.parse(p, pack.path("dates.properties"))));
    }

    @Override
    public List<TimeExpression> find(String document, Sentence sentence, LocalDate anchor) {
        List<TimeExpression> found = new ArrayList<>();
        for (DateLexicon.Pattern pattern : lexicon.patterns()) {
            Matcher m = pattern.regex().matcher(sentence.text());
            while (m.find()) {
                expression(pattern, m, document, sentence.start(), anchor).ifPresent(found::add);
            }
        }
        return longestFirst(found);
    }

    private Optional<TimeExpression> expression(DateLexicon.Pattern pattern, Matcher m, String document, int offset,
                                                LocalDate anchor) {
        Provenance where = new Provenance(document, offset + m.start(), offset + m.end(), pattern.confidence());
        String text = m.group();
        return switch (pattern.kind()) {
            case ABSOLUTE -> absolute(m, text, where);
            case DAYWORD -> relative(text, where, new Rule(lexicon.dayword(m.group("dayword")),
                    ChronoUnit.DAYS, null, 0), anchor);
            case AGO -> relative(text, where, new Rule(-lexicon.number(m.group("n")),
                    lexicon.unit(m.group("unit")), null, 0), anchor);
            case WEEKDAY_LAST, WEEKDAY_NEXT, WEEKDAY_NEAR -> relative(text, where, new Rule(0,
                    ChronoUnit.DAYS, lexicon.weekday(m.group("weekday")),
                    pattern.kind().direction), anchor);
        };
    }

    private Optional<TimeExpression> absolute(Matcher m, String text, Provenance where) {
        Integer month = group(m, "month").map(lexicon::month).orElse(null);
        Integer day = group(m, "day").map(Integer::parseInt).orElse(null);
        String year = group(m, "year").orElse("XXXX");
        if (month == null) {
            return Optional.of(new TimeExpression(text, year, Granularity.YEAR, null, where));
        }
        String ym = year + "-" + two(month);
        if (day == null) {
            return Optional.of(new TimeExpression(text, ym, Granularity.MONTH, null, where));
        }
        if (!"XXXX".equals(year) && !validDay(Integer.parseInt(year), month, day)) {
            return Optional.empty();
        }
        return Optional.of(new TimeExpression(text, ym + "-" + two(day), Granularity.DAY, null, where));
    }

    private static Optional<TimeExpression> relative(String text, Provenance where, Rule rule, LocalDate anchor) {
        TimeExpression unresolved = new TimeExpression(text, rule.underspecified(), Granularity.DAY, rule, where);
        return Optional.of(anchor == null ? unresolved : unresolved.resolve(anchor, where.confidence()));
    }

    private static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name));
        } catch (IllegalArgumentException noSuchGroup) {
            return Optional.empty();
        }
    }

    private static boolean validDay(int year, int month, int day) {
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Keeps the longest of overlapping matches, in text order. */
    static List<TimeExpression> longestFirst(List<TimeExpression> found) {
        List<TimeExpression> bySize = new ArrayList<>(found);
        bySize.sort(Comparator.comparingInt((TimeExpression t) -> -t.provenance().length())
                .thenComparingInt(t -> t.provenance().start()));
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression t : bySize) {
            if (kept.stream().noneMatch(k -> k.provenance().overlaps(t.provenance()))) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(t -> t.provenance().start()));
        return kept;
    }
}
