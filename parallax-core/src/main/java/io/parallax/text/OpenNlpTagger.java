package io.parallax.text;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

import java.util.Objects;

/**
 * UPOS tagging and lemmatisation with OpenNLP maximum-entropy models trained on Universal Dependencies data.
 *
 * <p>Thread-safe: both models are shared and immutable; OpenNLP's thread-safe wrappers keep one tagger and one
 * lemmatiser per thread.
 */
public final class OpenNlpTagger implements Tagger {

    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;

    public OpenNlpTagger(POSModel posModel, LemmatizerModel lemmaModel) {
        this.tagger = new ThreadSafePOSTaggerME(Objects.requireNonNull(posModel, "posModel"), POSTagFormat.UD);
        this.lemmatizer = new ThreadSafeLemmatizerME(Objects.requireNonNull(lemmaModel, "lemmaModel"));
    }

    @Override
    public String[] tag(String[] tokens) {
        return tokens.length == 0 ? tokens : tagger.tag(tokens);
    }

    @Override
    public String[] lemmatize(String[] tokens, String[] tags) {
        if (tokens.length == 0) {
            return tokens;
        }
        String[] lemmas = lemmatizer.lemmatize(tokens, tags);
        for (int i = 0; i < lemmas.length; i++) {
            // The edit-script decoder answers "O" (or nothing) where no script applies: keep the word itself.
            if (lemmas[i] == null || lemmas[i].isEmpty() || "O".equals(lemmas[i]) && !"O".equals(tokens[i])) {
                lemmas[i] = tokens[i];
            }
        }
        return lemmas;
    }
}
