package io.parallax.model;

import java.util.List;

/**
 * A half-open character range {@code [start, end)} within a text.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * This span cut in two, {@code length} characters from its start ({@code l'Ukraine} → {@code l'}, {@code Ukraine});
     * itself alone when the cut would leave an empty part.
     */
    public List<Span> cutAt(int length) {
        if (length <= 0 || length >= length()) {
            return List.of(this);
        }
        return List.of(new Span(start, start + length), new Span(start + length, end));
    }
}
