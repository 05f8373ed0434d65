package io.parallax.text;

import io.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits elided articles and particles off the word they are written onto, as French, Italian and Catalan write
 * them: {@code l'Ukraine} → {@code l'} {@code Ukraine}, {@code d'investissement} → {@code d'}
 * {@code investissement}, {@code qu'il} → {@code qu'} {@code il}. The word keeps its own span, so names written
 * after an article become names of their own. The elisions are a pack's {@code elisions.txt}, the same lists as
 * Lucene's {@code ElisionFilter} uses. Both the straight and the typographic apostrophe count.
 *
 * <p>Thread-safe when the wrapped tokeniser is.
 */
public final class ElisionTokenizer implements Tokenizer {

    /** Longest elided form ("lorsqu"), in letters. */
    private static final int MAX_ELISION = 7;

    private final Tokenizer inner;
    private final Set<String> elisions;

    /** @param elisions lower-case elided forms without their apostrophe ("l", "d", "qu") */
    public ElisionTokenizer(Tokenizer inner, Set<String> elisions) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.elisions = Set.copyOf(elisions);
    }

    @Override
    public List<Span> tokenize(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : inner.tokenize(text)) {
            out.addAll(s.cutAt(elision(text, s)));
        }
        return out;
    }

    /** Length of the elided form with its apostrophe at the start of the token, or 0. */
    private int elision(String text, Span s) {
        int limit = Math.min(s.end() - 1, s.start() + MAX_ELISION + 1);
        for (int i = s.start() + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                boolean wordAfter = Character.isLetter(text.charAt(i + 1));
                String form = text.substring(s.start(), i).toLowerCase(Locale.ROOT);
                return wordAfter && elisions.contains(form) ? i + 1 - s.start() : 0;
            }
            if (!Character.isLetter(c)) {
                return 0;
            }
        }
        return 0;
    }
}
