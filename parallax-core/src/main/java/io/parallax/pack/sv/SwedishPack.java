package io.parallax.pack.sv;

import io.parallax.ner.CompoundNames;
import io.parallax.pack.base.BasePack;
import io.parallax.text.ModelLoader;
import io.parallax.text.Tagger;
import io.parallax.text.pos.LemmaModel;
import io.parallax.text.pos.PerceptronModel;
import io.parallax.text.pos.PerceptronTagger;
import io.parallax.util.Lazy;

import java.util.Optional;

/**
 * The Swedish pack: Swedish-aware sentence splitting and tokenisation (abbreviations, «» and ”” quotation marks,
 * hyphenated compounds, colon genitives), a UPOS tagger and lemmatiser trained by the project on UD Swedish (see
 * {@code packs/sv/MODEL_CARD.md}), Lucene's Swedish light stemmer and stop words. Names that begin hyphenated
 * compounds ("Netflix-serie") are read out of them ({@link CompoundNames#HYPHENATED}).
 *
 * <p>Thread-safe. The splitter and tokeniser are immutable; the tagger's models load once, on first use, and are
 * shared by all threads.
 */
public final class SwedishPack extends BasePack {

    /** Model files under {@code /packs/sv/}. */
    public static final String POS_FIRST = "pos-pass1.bin.gz";
    public static final String POS_SECOND = "pos-pass2.bin.gz";
    public static final String LEMMAS = "lemmas.bin.gz";

    private final Lazy<Optional<Tagger>> tagger = Lazy.of(() -> Optional.of(new PerceptronTagger(
            ModelLoader.load(resources.path(POS_FIRST), PerceptronModel::read),
            ModelLoader.load(resources.path(POS_SECOND), PerceptronModel::read),
            ModelLoader.load(resources.path(LEMMAS), LemmaModel::read))));

    public SwedishPack() {
        super("sv", () -> new SwedishSentenceSplitter(new SwedishTokenizer()), SwedishTokenizer::new);
    }

    @Override
    public Optional<Tagger> tagger() {
        return tagger.get();
    }

    @Override
    public CompoundNames compoundNames() {
        return CompoundNames.HYPHENATED;
    }
}
