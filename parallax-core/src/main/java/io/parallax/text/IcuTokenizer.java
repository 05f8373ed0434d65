package io.parallax.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.parallax.model.Span;

import java.util.List;

/**
 * Tokenisation by ICU's word-boundary rules (UAX #29 plus ICU's dictionaries for Thai, Lao, Khmer, Burmese,
 * Chinese and Japanese). Every non-space segment is a token: words, numbers and each punctuation mark.
 *
 * <p>Thread-safe: each call clones the prototype iterator.
 */
public final class IcuTokenizer implements Tokenizer {

    private final BreakIterator prototype;

    /** @param language ISO 639 code, or {@code und} for the root rules */
    public IcuTokenizer(String language) {
        this.prototype = BreakIterator.getWordInstance(new ULocale(language));
    }

    @Override
    public List<Span> tokenize(String text) {
        return Spans.segments(prototype, text);
    }
}
