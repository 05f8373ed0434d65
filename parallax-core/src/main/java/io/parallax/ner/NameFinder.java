package io.parallax.ner;

import java.util.List;

/**
 * Finds names of people, organisations, places and other things in one tokenised sentence.
 * Implementations are thread-safe and handle any input (empty, very long tokens, control characters) in time
 * bounded by the input length.
 */
@FunctionalInterface
public interface NameFinder {

    /** The names in {@code tokens}, non-overlapping, in order. */
    List<NameSpan> find(String[] tokens);
}
