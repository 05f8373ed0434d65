package io.parallax.model;

/**
 * One dated item on an event's timeline: a date and the sentence that gives it.
 *
 * @param event      the event id
 * @param date       the normalised value (TIMEX3 style)
 * @param text       the sentence (or clause) the date belongs to
 * @param provenance span of that sentence, with the date tagger's confidence
 */
public record TimelineEntry(String event, String date, String text, Provenance provenance) {
}
