package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;

/**
 * A name one rule proposes: tokens {@code [start, end)} of a sentence, with a type, a confidence (how often such
 * names are right), a priority (how much the rule wins over others where names overlap), and the evidence
 * behind it.
 */
public record Candidate(int start, int end, EntityType type, double confidence, double priority,
                        Evidence evidence) {

    public Candidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public NameSpan span() {
        return new NameSpan(start, end, type, confidence);
    }

    /** How much choosing this name is worth against overlapping ones: longer names explain more tokens. */
    double weight() {
        return priority * (1 + 0.6 * (length() - 1));
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
