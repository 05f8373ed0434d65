package io.parallax.time;

import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;
import io.parallax.model.TimeExpression.Granularity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a whole document: the language's grammar plus ISO 8601 dates, which every language
 * uses. Dates written without a year ("mid-June", "24 juni") take the year that puts them closest before the
 * anchor, or, without an anchor, the year of the nearest date in the document that has one. Thread-safe.
 */
public final class TimeTagger {

    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}-])((?:1[89]|20)\\d\\d)-([01]\\d)-([0-3]\\d)(?![\\p{N}-])");
    private static final String NO_YEAR = "XXXX";

    /**
     * @param document  the document id
     * @param sentences its sentences
     * @param anchor    the publication date, or {@code null}
     * @param grammar   the language's grammar, if it has one
     * @return the expressions in text order
     */
    public List<TimeExpression> tag(String document, List<Sentence> sentences, LocalDate anchor,
                                    Optional<DateGrammar> grammar) {
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : sentences) {
            List<TimeExpression> inSentence = new ArrayList<>(iso(document, s));
            grammar.ifPresent(g -> inSentence.addAll(g.find(document, s, anchor)));
            found.addAll(LexiconDateGrammar.longestFirst(inSentence));
        }
        return fillYears(found, anchor);
    }

    private static List<TimeExpression> iso(String document, Sentence s) {
        List<TimeExpression> out = new ArrayList<>();
        Matcher m = ISO.matcher(s.text());
        while (m.find()) {
            try {
                LocalDate d = LocalDate.parse(m.group());
                out.add(new TimeExpression(m.group(), d.toString(), Granularity.DAY, null,
                        new Provenance(document, s.start() + m.start(), s.start() + m.end(), 0.99)));
            } catch (DateTimeParseException notADate) {
                // 2023-13-45 looks like a date but is not one: not a time expression
            }
        }
        return out;
    }

    /** Gives dates written without a year the year that fits best. */
    static List<TimeExpression> fillYears(List<TimeExpression> found, LocalDate anchor) {
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (TimeExpression t : found) {
            out.add(t.value().startsWith(NO_YEAR + "-") && t.rule() == null ? withYear(t, found, anchor) : t);
        }
        return out;
    }

    private static TimeExpression withYear(TimeExpression t, List<TimeExpression> all, LocalDate anchor) {
        String monthDay = t.value().substring(NO_YEAR.length());
        Integer year = anchor != null ? yearBefore(monthDay, anchor) : nearestYear(t, all);
        if (year == null) {
            return t;
        }
        String value = year + monthDay;
        if (t.granularity() == Granularity.DAY && !validDate(value)) {
            return t;
        }
        // the year is inferred, so the value is less certain than one read off the text
        return new TimeExpression(t.text(), value, t.granularity(), null,
                t.provenance().withConfidence(t.provenance().confidence() * 0.9));
    }

    /** The year that puts the month (and day) on or before the anchor, within a year. */
    private static Integer yearBefore(String monthDay, LocalDate anchor) {
        int month = Integer.parseInt(monthDay.substring(1, 3));
        YearMonth candidate = YearMonth.of(anchor.getYear(), month);
        return candidate.isAfter(YearMonth.from(anchor)) ? anchor.getYear() - 1 : anchor.getYear();
    }

    private static Integer nearestYear(TimeExpression t, List<TimeExpression> all) {
        return all.stream()
                .filter(o -> o.resolved() && o.rule() == null)
                .min(Comparator.comparingInt(o -> Math.abs(o.provenance().start() - t.provenance().start())))
                .map(o -> Integer.parseInt(o.value().substring(0, 4)))
                .orElse(null);
    }

    private static boolean validDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
