package io.parallax.pack.sv;

import io.parallax.pack.base.BasePack;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tokenizer;

/**
 * The Swedish pack: Swedish-aware sentence splitting and tokenisation (abbreviations, «» and ”” quotation marks,
 * hyphenated compounds, colon genitives), Lucene's Swedish light stemmer and stop words.
 *
 * <p>Thread-safe; the splitter and tokeniser are immutable.
 */
public final class SwedishPack extends BasePack {

    private final Tokenizer tokenizer = new SwedishTokenizer();
    private final SentenceSplitter splitter = new SwedishSentenceSplitter(tokenizer);

    public SwedishPack() {
        super("sv");
    }

    @Override
    public SentenceSplitter sentenceSplitter() {
        return splitter;
    }

    @Override
    public Tokenizer tokenizer() {
        return tokenizer;
    }
}
