package io.parallax.link.translit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;

/**
 * Measures a same/different decision on labelled name pairs: accuracy, and precision and recall of "same".
 * Stateless; thread-safe.
 */
public final class TransliterationEvaluator {

    /**
     * Counts of one evaluation.
     *
     * @param tp same pairs called same
     * @param fp different pairs called same
     * @param tn different pairs called different
     * @param fn same pairs called different
     */
    public record Result(int tp, int fp, int tn, int fn) {

        public int total() {
            return tp + fp + tn + fn;
        }

        public double accuracy() {
            return total() == 0 ? 0 : (double) (tp + tn) / total();
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public Map<String, Double> asMap() {
            Map<String, Double> m = new TreeMap<>();
            m.put("pairs", (double) total());
            m.put("accuracy", accuracy());
            m.put("precision", precision());
            m.put("recall", recall());
            return m;
        }
    }

    /**
     * Scores every pair with {@code score(latin, other)} and calls it "same" at {@code threshold} or above.
     */
    public Result evaluate(List<TranslitPair> pairs, ToDoubleBiFunction<String, String> score, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (TranslitPair p : pairs) {
            boolean said = score.applyAsDouble(p.latin(), p.other()) >= threshold;
            if (p.same()) {
                tp += said ? 1 : 0;
                fn += said ? 0 : 1;
            } else {
                fp += said ? 1 : 0;
                tn += said ? 0 : 1;
            }
        }
        return new Result(tp, fp, tn, fn);
    }
}
