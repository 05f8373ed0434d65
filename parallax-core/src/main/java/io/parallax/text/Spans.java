package io.parallax.text;

import io.parallax.model.Span;

import java.util.List;

/** Span helpers shared by the splitters and tokenisers. Stateless. */
final class Spans {

    private Spans() {
    }

    /** Adds {@code [start, end)} shrunk to exclude surrounding white space, unless nothing is left. */
    static void addTrimmed(CharSequence text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    /** White space including the no-break and zero-width kinds that web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
