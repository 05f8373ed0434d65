package io.parallax.ner;

import io.parallax.model.EntityType;

/**
 * A name found by a recogniser, in token positions of one sentence: tokens {@code [start, end)}.
 */
public record NameSpan(int start, int end, EntityType type, double confidence) {

    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }
}
