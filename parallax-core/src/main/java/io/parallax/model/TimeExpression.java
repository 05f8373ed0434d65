package io.parallax.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A date mentioned in a text, normalised.
 *
 * @param text        the expression as written
 * @param value       a TIMEX3-style value: {@code 2023-06-24}, {@code 2023-06}, {@code 2023}; for a relative
 *                    expression whose anchor is not known yet, an underspecified value such as {@code XXXX-WXX-6}
 * @param granularity how precise the value is
 * @param rule        how a relative expression ("last Saturday", "a week ago") derives from an anchor date, or
 *                    {@code null} for an absolute one
 * @param provenance  span and confidence
 */
public record TimeExpression(String text, String value, Granularity granularity, Rule rule, Provenance provenance) {

    public enum Granularity { DAY, MONTH, YEAR }

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(provenance, "provenance");
    }

    public boolean relative() {
        return rule != null;
    }

    /** True when the value is a calendar date, month or year (not an unresolved relative placeholder). */
    public boolean resolved() {
        return !value.startsWith("X");
    }

    /** The day, when the value names one; otherwise {@code null}. */
    public LocalDate date() {
        return granularity == Granularity.DAY && resolved() ? LocalDate.parse(value) : null;
    }

    /** This expression resolved against an anchor date; absolute expressions are returned unchanged. */
    public TimeExpression resolve(LocalDate anchor, double confidence) {
        if (rule == null) {
            return this;
        }
        LocalDate d = rule.apply(anchor);
        return new TimeExpression(text, d.toString(), Granularity.DAY, rule, provenance.withConfidence(confidence));
    }

    /**
     * How a relative expression derives from its anchor: move {@code amount} {@code unit}s, then, when a weekday is
     * set, to that weekday in the given direction (-1 the latest strictly before, +1 the next strictly after, 0 the
     * nearest on or before).
     */
    public record Rule(int amount, ChronoUnit unit, DayOfWeek weekday, int direction) {

        public LocalDate apply(LocalDate anchor) {
            LocalDate d = amount == 0 ? anchor : anchor.plus(amount, unit);
            if (weekday == null) {
                return d;
            }
            return switch (Integer.signum(direction)) {
                case -1 -> d.with(TemporalAdjusters.previous(weekday));
                case 1 -> d.with(TemporalAdjusters.next(weekday));
                default -> d.with(TemporalAdjusters.previousOrSame(weekday));
            };
        }

        /** A TIMEX3 placeholder for use before the anchor is known. */
        public String underspecified() {
            return weekday != null ? "XXXX-WXX-" + weekday.getValue() : "XXXX-XX-XX";
        }
    }
}
