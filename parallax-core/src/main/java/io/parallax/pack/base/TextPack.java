package io.parallax.pack.base;

import io.parallax.pack.ResourcePack;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tokenizer;
import io.parallax.util.Lazy;

import java.util.function.Supplier;

/**
 * A {@link ResourcePack} whose sentence splitter and tokeniser are made once, on first use, by the suppliers its
 * subclass gives. Thread-safe.
 */
public abstract class TextPack extends ResourcePack {

    private final Lazy<SentenceSplitter> splitter;
    private final Lazy<Tokenizer> tokenizer;

    protected TextPack(String language, Supplier<? extends SentenceSplitter> splitter,
                       Supplier<? extends Tokenizer> tokenizer) {
        super(language);
        this.splitter = Lazy.of(splitter);
        this.tokenizer = Lazy.of(tokenizer);
    }

    @Override
    public final SentenceSplitter sentenceSplitter() {
        return splitter.get();
    }

    @Override
    public final Tokenizer tokenizer() {
        return tokenizer.get();
    }
}
