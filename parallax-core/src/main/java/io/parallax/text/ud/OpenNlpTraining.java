package io.parallax.text.ud;

import opennlp.tools.lemmatizer.LemmaSample;
import opennlp.tools.lemmatizer.LemmatizerFactory;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Trains OpenNLP's maximum-entropy POS tagger and lemmatiser on treebank sentences: the field-library baseline that
 * Parallax's own tagger is measured against. Stateless.
 */
public final class OpenNlpTraining {

    private OpenNlpTraining() {
    }

    /** OpenNLP's defaults (maxent, 100 iterations, cutoff 5) with a given cutoff. */
    public static TrainingParameters parameters(int cutoff, int iterations) {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    public static POSModel pos(String language, List<UdSentence> sentences, TrainingParameters params) {
        try {
            return POSTaggerME.train(language, ObjectStreamUtils.createObjectStream(
                    sentences.stream().map(s -> new POSSample(s.forms(), s.tags())).toList()), params, new POSTaggerFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LemmatizerModel lemmatizer(String language, List<UdSentence> sentences, TrainingParameters params) {
        try {
            return LemmatizerME.train(language, ObjectStreamUtils.createObjectStream(
                            sentences.stream().map(s -> new LemmaSample(s.forms(), s.tags(), s.lemmas())).toList()),
                    params, new LemmatizerFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
