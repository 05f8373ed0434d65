package io.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date or time mentioned in a text, normalised.
 *
 * @param text        the expression as written
 * @param value       a TIMEX3-style value: {@code 2023-06-24}, {@code 2023-06}, {@code 2023}, {@code 2023-W25}
 * @param granularity how precise the value is
 * @param relative    true when the value was resolved against an anchor ("last Saturday")
 * @param provenance  span and confidence
 */
public record TimeExpression(String text, String value, Granularity granularity, boolean relative,
                             Provenance provenance) {

    public enum Granularity { DAY, WEEK, MONTH, SEASON, YEAR, DECADE }

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The day, when the value names one; otherwise {@code null}. */
    public LocalDate date() {
        return granularity == Granularity.DAY ? LocalDate.parse(value) : null;
    }
}
