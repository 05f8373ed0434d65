package io.parallax.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.parallax.model.Span;

import java.util.List;

/**
 * Sentence splitting by ICU's Unicode sentence-boundary rules (UAX #29) for one locale, with ICU's abbreviation
 * suppressions ({@code @ss=standard}) where the locale has them. Works for any script; the quality floor of every
 * language that has no trained model.
 *
 * <p>Thread-safe: each call works on its own clone of the prototype {@link BreakIterator} (ICU iterators carry
 * the text being iterated and must not be shared).
 */
public final class IcuSentenceSplitter implements SentenceSplitter {

    private final BreakIterator prototype;

    /** @param language ISO 639 code, or {@code und} for the root rules */
    public IcuSentenceSplitter(String language) {
        this.prototype = BreakIterator.getSentenceInstance(new ULocale(language + "@ss=standard"));
    }

    @Override
    public List<Span> split(String text) {
        return Spans.segments(prototype, text);
    }
}
