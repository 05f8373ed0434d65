package io.parallax.text;

import io.parallax.model.Span;

import java.util.List;

/** Splits a sentence into token spans. Thread-safe. */
@FunctionalInterface
public interface Tokenizer {

    /** Token spans relative to {@code text}, in order, never overlapping, never empty. */
    List<Span> tokenize(String text);
}
