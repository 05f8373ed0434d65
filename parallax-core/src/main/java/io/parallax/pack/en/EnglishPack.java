package io.parallax.pack.en;

import io.parallax.pack.PackResources;
import io.parallax.pack.base.BasePack;
import io.parallax.text.ModelLoader;
import io.parallax.text.OpenNlpSentenceSplitter;
import io.parallax.text.OpenNlpTagger;
import io.parallax.text.OpenNlpTokenizer;
import io.parallax.text.Tagger;
import io.parallax.util.Lazy;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.util.Optional;

/**
 * The English pack: OpenNLP's Universal Dependencies (English Web Treebank) models from Maven Central for
 * sentences, tokens (with clitics split off, see {@link EnglishTokenizer}), UPOS tags and lemmas; Lucene's Porter
 * stemmer and stop words.
 *
 * <p>Thread-safe. Each model loads once, on first use, and is shared by all threads; the predictors keep their
 * per-thread state internally (see {@link OpenNlpTagger}).
 */
public final class EnglishPack extends BasePack {

    // Resource names inside the org.apache.opennlp:opennlp-models-*-en:1.3.0 jars.
    static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final Lazy<Optional<Tagger>> tagger = Lazy.of(() -> Optional.of(new OpenNlpTagger(
            ModelLoader.load(POS, POSModel::new), ModelLoader.load(LEMMAS, LemmatizerModel::new))));

    public EnglishPack() {
        super("en", () -> new OpenNlpSentenceSplitter(ModelLoader.load(SENTENCES, SentenceModel::new)),
                () -> new EnglishTokenizer(new OpenNlpTokenizer(ModelLoader.load(TOKENS, TokenizerModel::new)),
                        new PackResources("en").words("abbreviations.txt")));
    }

    @Override
    public Optional<Tagger> tagger() {
        return tagger.get();
    }
}
