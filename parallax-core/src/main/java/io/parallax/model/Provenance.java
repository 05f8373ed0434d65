package io.parallax.model;

import java.util.Objects;

/**
 * Where a fact comes from: a half-open character span {@code [start, end)} of a document's text, and how sure the
 * stage that produced it is.
 *
 * @param document   the {@link Document#id()} the span refers to
 * @param start      first character, inclusive
 * @param end        last character, exclusive; {@code end >= start}
 * @param confidence in [0, 1]
 */
public record Provenance(String document, int start, int end, double confidence) {

    public Provenance {
        Objects.requireNonNull(document, "document");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + document);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** Full confidence, for facts read directly off the text. */
    public static Provenance of(String document, int start, int end) {
        return new Provenance(document, start, end, 1.0);
    }

    public int length() {
        return end - start;
    }

    public Provenance withConfidence(double newConfidence) {
        return new Provenance(document, start, end, newConfidence);
    }

    /** True when the two spans are in the same document and share at least one character. */
    public boolean overlaps(Provenance other) {
        return document.equals(other.document) && start < other.end && other.start < end;
    }

    /** True when this span lies within {@code other}, in the same document. */
    public boolean within(Provenance other) {
        return document.equals(other.document) && start >= other.start && end <= other.end;
    }
}
