package io.parallax.extract;

import io.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document body from paragraphs: white space inside a paragraph is collapsed to single spaces, empty
 * paragraphs are dropped, and paragraphs are joined by one blank line. Records each paragraph's span in the text.
 *
 * <p>Not thread-safe; one per document.
 */
final class TextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();

    /** Adds a paragraph; blank ones are ignored. */
    TextBuilder add(String paragraph) {
        String p = normalize(paragraph);
        if (p.isEmpty()) {
            return this;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        spans.add(new Span(text.length(), text.length() + p.length()));
        text.append(p);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Span> paragraphs() {
        return List.copyOf(spans);
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /**
     * Collapses white space (including no-break and zero-width spaces) to single spaces and trims. Hand-written
     * rather than a regular expression: it runs on every block of every page and was a tenth of extraction time.
     */
    static String normalize(String s) {
        int n = s.length();
        StringBuilder sb = null;
        boolean pending = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (sb == null && (c != ' ' || i == 0 || i + 1 == n || isSpace(s.charAt(i + 1)))) {
                    sb = new StringBuilder(n).append(s, 0, i);
                }
                pending = true;
                continue;
            }
            if (sb != null) {
                if (pending && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(c);
            }
            pending = false;
        }
        return sb == null ? s.strip() : sb.toString().strip();
    }

    /** The white space {@link #normalize} collapses: ASCII space characters, no-break and zero-width spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c >= '\u2000' && c <= '\u200b'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }
}
