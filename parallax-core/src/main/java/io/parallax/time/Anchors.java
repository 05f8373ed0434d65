package io.parallax.time;

import io.parallax.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Estimates the date an undated document was written, so that its relative dates ("last Saturday", "a week ago")
 * can be resolved. The evidence is the date of the event the document reports: an "N units ago" expression is
 * taken to count back to that event; without one, the document is assumed to follow the event by a day, as news
 * does. Stateless.
 */
public final class Anchors {

    /** Confidence of dates resolved against an estimated anchor rather than a publication date. */
    public static final double ESTIMATED = 0.6;

    private Anchors() {
    }

    /**
     * @param times     the document's time expressions
     * @param eventDate the date of the event the document belongs to
     * @return the estimated writing date
     */
    public static LocalDate estimate(List<TimeExpression> times, LocalDate eventDate) {
        Optional<TimeExpression.Rule> ago = times.stream().map(TimeExpression::rule)
                .filter(r -> r != null && r.weekday() == null && r.amount() < 0)
                .findFirst();
        return ago.map(r -> eventDate.minus(r.amount(), r.unit())).orElse(eventDate.plusDays(1));
    }

    /** The expressions with relative ones resolved against an anchor (absolute ones unchanged). */
    public static List<TimeExpression> resolve(List<TimeExpression> times, LocalDate anchor, double confidence) {
        return times.stream().map(t -> t.relative() && !t.resolved() ? t.resolve(anchor, confidence) : t).toList();
    }
}
