package io.parallax.text.pos;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the two-pass tagger: the first-pass model on all sentences, then the second-pass model on first-pass
 * tags obtained by {@code folds}-fold cross-validation (jackknifing), so that it learns how far to trust the first
 * pass on text the first pass has not seen. Stateless.
 */
public final class TaggerTraining {

    /** Both models of a two-pass tagger. */
    public record Models(PerceptronModel first, PerceptronModel second) {
    }

    private TaggerTraining() {
    }

    /**
     * @param samples  gold sentences
     * @param config   perceptron settings
     * @param folds    cross-validation folds for the second pass's training tags
     * @param ensemble models (with different shuffle seeds) averaged into each pass's model
     */
    public static Models train(List<PerceptronTrainer.Sample> samples, PerceptronTrainer.Config config, int folds,
                               int ensemble) {
        java.util.Map<String, String> lexicon = PosLexicon.build(samples, List.of(), config.minWordCount());
        PerceptronModel first = averaged(samples, lexicon, config, ensemble);
        List<PerceptronTrainer.Sample> stacked = new ArrayList<>(samples.size());
        for (int fold = 0; fold < folds; fold++) {
            List<PerceptronTrainer.Sample> train = new ArrayList<>();
            List<PerceptronTrainer.Sample> held = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % folds == fold ? held : train).add(samples.get(i));
            }
            PerceptronModel m = new PerceptronTrainer(config).train(train);
            for (PerceptronTrainer.Sample s : held) {
                stacked.add(new PerceptronTrainer.Sample(s.words(), s.tags(), PerceptronTagger.pass(m, s.words(), null)));
            }
        }
        return new Models(first, averaged(stacked, lexicon, config, ensemble));
    }

    private static PerceptronModel averaged(List<PerceptronTrainer.Sample> samples, java.util.Map<String, String> lexicon,
                                            PerceptronTrainer.Config config, int ensemble) {
        List<PerceptronModel> models = new ArrayList<>();
        for (int k = 0; k < ensemble; k++) {
            models.add(new PerceptronTrainer(new PerceptronTrainer.Config(config.epochs(), config.seed() + k,
                    config.minWordCount(), config.minWeight())).train(samples, lexicon));
        }
        return models.size() == 1 ? models.get(0) : PerceptronModel.average(models);
    }
}
