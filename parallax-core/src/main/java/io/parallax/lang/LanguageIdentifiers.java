package io.parallax.lang;

import io.parallax.text.ModelLoader;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Factories for the pipeline's language identifier. Each call builds a new identifier with its own model
 * instance (no global state); build one per pipeline and share it: identifiers are thread-safe.
 */
public final class LanguageIdentifiers {

    /** The OpenNLP langdetect model inside {@code org.apache.opennlp:opennlp-models-langdetect:1.3.0}. */
    static final String OPENNLP_MODEL = "/langdetect-183.bin";

    private LanguageIdentifiers() {
    }

    /** Parallax's own n-gram model (79 languages), in this package's resources. */
    static final String NGRAM_MODEL = "/io/parallax/lang/langid.bin.gz";
    /** The word model that tells Danish, Norwegian and Swedish apart. */
    static final String WORD_MODEL = "/io/parallax/lang/langid-words.bin.gz";

    /**
     * The default identifier for the pipeline: Parallax's n-gram identifier over 79 languages (see
     * {@code MODEL_CARD.md} beside the model). Loads a 20 MB model into about 110 MB of heap, in a few seconds.
     */
    public static NgramLanguageIdentifier standard() {
        NgramModel model = ngramModel();
        return new NgramLanguageIdentifier(model, wordModel(), model.languages());
    }

    /** Parallax's word model for Danish, Bokmål, Nynorsk and Swedish. Each call loads a new instance. */
    public static WordModel wordModel() {
        return ModelLoader.load(WORD_MODEL, WordModel::read);
    }

    /** Parallax's n-gram model. Each call loads a new instance; share it. */
    public static NgramModel ngramModel() {
        return ModelLoader.load(NGRAM_MODEL, NgramModel::read);
    }

    /** OpenNLP's 103-language maximum-entropy detector. Loads a 10 MB model (about a second). */
    public static OpenNlpLanguageIdentifier openNlp() {
        return new OpenNlpLanguageIdentifier(ModelLoader.load(OPENNLP_MODEL, LanguageDetectorModel::new));
    }
}
