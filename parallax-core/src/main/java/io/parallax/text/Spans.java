package io.parallax.text;

import com.ibm.icu.text.BreakIterator;
import io.parallax.model.Span;

import java.util.ArrayList;
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

    /** The trimmed, non-empty segments between the boundaries of a clone of {@code prototype} over the text. */
    static List<Span> segments(BreakIterator prototype, String text) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        List<Span> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            addTrimmed(text, start, end, out);
        }
        return out;
    }

    /** White space including the no-break and zero-width kinds that web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
