package io.parallax.pack.base;

import io.parallax.pack.ResourcePack;
import io.parallax.text.IcuSentenceSplitter;
import io.parallax.text.IcuTokenizer;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tokenizer;
import io.parallax.util.Lazy;

import java.util.Locale;

/**
 * The fallback pack for any language without a pack of its own, and for {@code und}: ICU sentence and word
 * boundaries (which know every script, with dictionaries for Thai, Lao, Khmer, Burmese, Chinese and Japanese),
 * lower-casing as the only "stemming", and whatever pack files exist for the language.
 *
 * <p>Thread-safe; its parts are created on first use.
 */
public final class UniversalPack extends ResourcePack {

    private final Locale locale;
    private final Lazy<SentenceSplitter> splitter;
    private final Lazy<Tokenizer> tokenizer;

    public UniversalPack(String language) {
        super(language);
        this.locale = Locale.forLanguageTag(language);
        this.splitter = Lazy.of(() -> new IcuSentenceSplitter(language));
        this.tokenizer = Lazy.of(() -> new IcuTokenizer(language));
    }

    @Override
    public SentenceSplitter sentenceSplitter() {
        return splitter.get();
    }

    @Override
    public Tokenizer tokenizer() {
        return tokenizer.get();
    }

    @Override
    public String stem(String word) {
        return word.toLowerCase(locale);
    }
}
