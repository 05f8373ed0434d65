package io.parallax.text;

import io.parallax.model.Span;

import java.util.List;

/** Splits a text into sentence spans. Thread-safe. */
@FunctionalInterface
public interface SentenceSplitter {

    /** Sentence spans relative to {@code text}, in order, trimmed of surrounding white space. */
    List<Span> split(String text);
}
