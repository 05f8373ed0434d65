package io.parallax.ner;

/**
 * How {@link NerTrainer} trains a model.
 *
 * @param language       ISO 639-1 code recorded in the model
 * @param maxEpochs      most passes over the data per stage; the best count is chosen on the held-out slice
 * @param minCount       features seen fewer times in training are dropped
 * @param heldOut        fraction of training documents held out to choose epochs and calibrate confidences
 * @param documentStage  whether to train the second, document-aware stage
 * @param folds          folds for the first stage's cross-validated labels that the second stage trains on
 * @param augmentRate    probability of each tokenisation change in the augmented copies (0 for none)
 * @param genitive       whether augmented copies also put names in the {@code s} genitive (Swedish)
 * @param seed           seeds every split and shuffle, so that training is reproducible
 * @param members        perceptrons per stage, each trained in its own order, whose weights are averaged
 *                       ({@link PerceptronEnsemble}); 1 for a single perceptron
 */
public record NerTrainingConfig(String language, int maxEpochs, int minCount, double heldOut, boolean documentStage,
                                int folds, double augmentRate, boolean genitive, long seed, int members) {

    public NerTrainingConfig {
        if (maxEpochs < 1 || minCount < 1 || folds < 2 || members < 1) {
            throw new IllegalArgumentException("maxEpochs, minCount, members must be >= 1 and folds >= 2");
        }
        if (!(heldOut > 0 && heldOut < 0.5) || augmentRate < 0 || augmentRate > 1) {
            throw new IllegalArgumentException("heldOut must be in (0, 0.5) and augmentRate in [0, 1]");
        }
    }

    /** The settings the shipped models use, for a language. */
    public static NerTrainingConfig defaults(String language) {
        return new NerTrainingConfig(language, 20, 1, 0.1, true, 5, 0.3, "sv".equals(language), 20251122L, 1);
    }

    public NerTrainingConfig withMaxEpochs(int n) {
        return new NerTrainingConfig(language, n, minCount, heldOut, documentStage, folds, augmentRate, genitive,
                seed, members);
    }

    public NerTrainingConfig withDocumentStage(boolean on) {
        return new NerTrainingConfig(language, maxEpochs, minCount, heldOut, on, folds, augmentRate, genitive, seed,
                members);
    }

    public NerTrainingConfig withAugmentRate(double rate) {
        return new NerTrainingConfig(language, maxEpochs, minCount, heldOut, documentStage, folds, rate, genitive,
                seed, members);
    }

    public NerTrainingConfig withMinCount(int n) {
        return new NerTrainingConfig(language, maxEpochs, n, heldOut, documentStage, folds, augmentRate, genitive,
                seed, members);
    }

    public NerTrainingConfig withMembers(int n) {
        return new NerTrainingConfig(language, maxEpochs, minCount, heldOut, documentStage, folds, augmentRate, genitive,
                seed, n);
    }
}
