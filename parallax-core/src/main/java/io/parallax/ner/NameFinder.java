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

    /**
     * The names in each sentence of one document, in order: one list per sentence. Recognisers that use
     * document context (a name written in full once and shortened later) are more accurate here than sentence
     * by sentence; the default simply calls {@link #find} for each sentence.
     */
    default List<List<NameSpan>> findAll(List<String[]> sentences) {
        return sentences.stream().map(this::find).toList();
    }
}
