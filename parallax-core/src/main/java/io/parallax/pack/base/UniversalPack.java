package io.parallax.pack.base;

import io.parallax.text.IcuSentenceSplitter;
import io.parallax.text.IcuTokenizer;

import java.util.Locale;

/**
 * The fallback pack for any language without a pack of its own, and for {@code und}: ICU sentence and word
 * boundaries (which know every script, with dictionaries for Thai, Lao, Khmer, Burmese, Chinese and Japanese),
 * lower-casing as the only "stemming", and whatever pack files exist for the language.
 *
 * <p>Thread-safe; its parts are created on first use.
 */
public final class UniversalPack extends TextPack {

    private final Locale locale;

    public UniversalPack(String language) {
        super(language, () -> new IcuSentenceSplitter(language), () -> new IcuTokenizer(language));
        this.locale = Locale.forLanguageTag(language);
    }

    @Override
    public String stem(String word) {
        return word.toLowerCase(locale);
    }
}
