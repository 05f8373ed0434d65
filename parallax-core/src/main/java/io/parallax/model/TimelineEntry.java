package io.parallax.model;

/**
 * One dated item on an event's timeline: a date and the sentence it dates.
 *
 * @param event      the event id
 * @param date       the normalised value (TIMEX3 style: day, month or year)
 * @param text       the sentence the date belongs to
 * @param provenance span of that sentence, with the date's confidence
 * @param expression the time expression itself, with its own span
 */
public record TimelineEntry(String event, String date, String text, Provenance provenance,
                            TimeExpression expression) {
}
