package io.parallax.ner;

/**
 * How {@link NerTrainer} trains a model.
 *
 * @param language       ISO 639-1 code recorded in the model
 * @param maxEpochs      most passes over the data per stage; the best count is chosen on the held-out slice
 * @param fixedEpochs    whether every stage makes exactly {@code maxEpochs} passes instead (the held-out slice then
 *                       only calibrates confidences): for learning curves, where a small slice chooses badly
 * @param minCount       features seen fewer times in training are dropped
 * @param heldOut        fraction of training documents held out to choose epochs and calibrate confidences
 * @param documentStage  whether to train the second, document-aware stage
 * @param folds          folds for the first stage's cross-validated labels that the second stage trains on
 * @param augmentRate    probability of each tokenisation change in the augmented copies (0 for none)
 * @param genitive       whether augmented copies also put names in the {@code s} genitive (Swedish)
 * @param seed           seeds every split and shuffle, so that training is reproducible
 * @param members        learners per stage, each trained in its own order, whose weights are averaged
 *                       ({@link Ensemble}); 1 for a single learner
 * @param method         how each stage's weights are learned
 * @param rate           the CRF's base step size (AdaGrad); unused by the perceptron
 */
public record NerTrainingConfig(String language, int maxEpochs, boolean fixedEpochs, int minCount, double heldOut,
                                boolean documentStage, int folds, double augmentRate, boolean genitive, long seed,
                                int members, Method method, double rate) {

    /** How a stage's weights are learned. */
    public enum Method {
        /** Averaged structured perceptron ({@link Perceptron}). */
        PERCEPTRON,
        /** Linear-chain CRF trained online with AdaGrad, weights averaged ({@link CrfLearner}). */
        CRF
    }

    /** The CRF step size the shipped models use. */
    public static final double DEFAULT_RATE = 0.05;

    public NerTrainingConfig {
        if (maxEpochs < 1 || minCount < 1 || folds < 2 || members < 1) {
            throw new IllegalArgumentException("maxEpochs, minCount, members must be >= 1 and folds >= 2");
        }
        java.util.Objects.requireNonNull(method, "method");
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be > 0");
        }
        if (!(heldOut > 0 && heldOut < 0.5) || augmentRate < 0 || augmentRate > 1) {
            throw new IllegalArgumentException("heldOut must be in (0, 0.5) and augmentRate in [0, 1]");
        }
    }

    /** The settings the shipped models use, for a language. */
    public static NerTrainingConfig defaults(String language) {
        return new NerTrainingConfig(language, 20, false, 1, 0.1, true, 5, 0.3, "sv".equals(language), 20251122L, 1,
                Method.PERCEPTRON, DEFAULT_RATE);
    }

    /** The same settings, with exactly {@code n} epochs per stage when {@code fixed}, else at most {@code n}. */
    public NerTrainingConfig withEpochs(int n, boolean fixed) {
        return new NerTrainingConfig(language, n, fixed, minCount, heldOut, documentStage, folds, augmentRate,
                genitive, seed, members, method, rate);
    }

    public NerTrainingConfig withDocumentStage(boolean on) {
        return new NerTrainingConfig(language, maxEpochs, fixedEpochs, minCount, heldOut, on, folds, augmentRate,
                genitive, seed, members, method, rate);
    }

    public NerTrainingConfig withAugmentRate(double augment) {
        return new NerTrainingConfig(language, maxEpochs, fixedEpochs, minCount, heldOut, documentStage, folds,
                augment, genitive, seed, members, method, rate);
    }

    public NerTrainingConfig withMinCount(int n) {
        return new NerTrainingConfig(language, maxEpochs, fixedEpochs, n, heldOut, documentStage, folds,
                augmentRate, genitive, seed, members, method, rate);
    }

    public NerTrainingConfig withMembers(int n) {
        return new NerTrainingConfig(language, maxEpochs, fixedEpochs, minCount, heldOut, documentStage, folds,
                augmentRate, genitive, seed, n, method, rate);
    }

    /** The same settings, learned by {@code m} with step size {@code r} (the CRF's). */
    public NerTrainingConfig withMethod(Method m, double r) {
        return new NerTrainingConfig(language, maxEpochs, fixedEpochs, minCount, heldOut, documentStage, folds,
                augmentRate, genitive, seed, members, m, r);
    }
}
