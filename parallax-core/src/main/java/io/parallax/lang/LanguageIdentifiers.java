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

    /** The default identifier for the pipeline. */
    public static LanguageIdentifier standard() {
        return openNlp();
    }

    /** OpenNLP's 103-language maximum-entropy detector. Loads a 10 MB model (about a second). */
    public static OpenNlpLanguageIdentifier openNlp() {
        return new OpenNlpLanguageIdentifier(ModelLoader.load(OPENNLP_MODEL, LanguageDetectorModel::new));
    }
}
