package io.parallax.extract;

import io.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a document body from paragraphs: white space inside a paragraph is collapsed to single spaces, empty
 * paragraphs are dropped, and paragraphs are joined by one blank line. Records each paragraph's span in the text.
 *
 * <p>Not thread-safe; one per document.
 */
final class TextBuilder {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]+");

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

    /** Collapses white space (including no-break and zero-width spaces) to single spaces and trims. */
    static String normalize(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
