package io.parallax.link.translit;

/**
 * How a transliteration model is trained.
 *
 * @param script        name of the target script's data set ("russian", "hebrew", …), recorded in the model
 * @param maxSource     most Latin letters one alignment unit may hold
 * @param maxTarget     most target characters one alignment unit may hold
 * @param iterations    expectation-maximisation rounds of the many-to-many alignment
 * @param alignFraction share of the training pairs used to learn the alignment and n-grams; the rest calibrates
 *                      the same/different decision on names the n-grams have not seen
 * @param maxPairs      cap on training pairs (time and memory)
 * @param seed          seed of the fixed shuffle that splits the training pairs
 * @param order         n-gram order of the joint unit model: 2 or 3
 * @param refit         after fitting the decision, re-learn the alignment and n-grams from all training pairs
 * @param folds         1: the decision is fit on the calibration part only; k &gt; 1: cross-fitting, where each of
 *                      k folds is scored by n-grams learned on the other folds, so that the decision learns from
 *                      every training pair (alignFraction is then unused). 0, as read from older model files,
 *                      means 1
 * @param randomNegatives share of the true pairs that also get an unrelated negative (a Latin name drawn at random)
 *                      to fit the plausibility gate against, in [0, 1]; 0, as read from older model files, means
 *                      no gate
 * @param trees         most boosted trees on the residual of the logistic decision (their number is chosen on a
 *                      held-out fifth of the decision's examples); 0, as read from older model files, means none
 */
public record TransliterationConfig(String script, int maxSource, int maxTarget, int iterations, double alignFraction,
                                    int maxPairs, long seed, int order, boolean refit, int folds,
                                    double randomNegatives, int trees) {

    public TransliterationConfig {
        folds = folds == 0 ? 1 : folds;
        if (!(randomNegatives >= 0 && randomNegatives <= 1)) {
            throw new IllegalArgumentException("randomNegatives must be in [0, 1]: " + randomNegatives);
        }
        if (trees < 0 || trees > 2000) {
            throw new IllegalArgumentException("trees must be in 0..2000: " + trees);
        }
        if (folds < 1 || folds > 10) {
            throw new IllegalArgumentException("folds must be in 1..10: " + folds);
        }
        if (maxSource < 1 || maxTarget < 1 || maxSource > 6 || maxTarget > 4) {
            throw new IllegalArgumentException("unit sizes must be in 1..6 and 1..4: " + maxSource + ", " + maxTarget);
        }
        if (order != 2 && order != 3) {
            throw new IllegalArgumentException("order must be 2 or 3: " + order);
        }
        if (iterations < 1 || !(alignFraction > 0 && alignFraction < 1) || maxPairs < 10) {
            throw new IllegalArgumentException("bad training settings: iterations=" + iterations + ", alignFraction="
                    + alignFraction + ", maxPairs=" + maxPairs);
        }
    }

    /** Cross-fitting folds of the shipped models. */
    static final int FOLDS = 5;
    /** The shipped models give every true pair an unrelated negative for the gate. */
    static final double RANDOM_NEGATIVES = 1.0;

    /** Most boosted trees of the shipped models. */
    static final int TREES = 1200;

    /** Settings that suit a script: syllabic and logographic scripts need longer Latin units. */
    public static TransliterationConfig forScript(String script) {
        return switch (script) {
            case "chinese" -> shipped(script, 5, 1);
            case "japanese", "katakana" -> shipped(script, 4, 2);
            default -> shipped(script, 3, 2);
        };
    }

    private static TransliterationConfig shipped(String script, int maxSource, int maxTarget) {
        return new TransliterationConfig(script, maxSource, maxTarget, 6, 0.8, 120_000, 42, 2, true, FOLDS,
                RANDOM_NEGATIVES, TREES);
    }
}
