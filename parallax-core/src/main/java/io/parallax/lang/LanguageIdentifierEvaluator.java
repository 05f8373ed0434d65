package io.parallax.lang;

import io.parallax.model.LanguageGuess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures a {@link LanguageIdentifier} on labelled texts: accuracy per language, the mean over languages (each
 * language counts once, however many texts it has), the time taken, and the calibration of its confidences
 * (accuracy per confidence bucket). Runs on the calling thread. Stateless.
 */
public final class LanguageIdentifierEvaluator {

    /** Upper bounds of the confidence buckets of the calibration table. */
    private static final double[] BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0};

    private LanguageIdentifierEvaluator() {
    }

    /**
     * @param identifier the identifier to measure
     * @param texts      texts by their true ISO 639-1 language
     */
    public static Result evaluate(LanguageIdentifier identifier, Map<String, List<String>> texts) {
        Map<String, Double> accuracy = new TreeMap<>();
        Map<String, Map<String, Integer>> confusions = new TreeMap<>();
        long[] bucketCount = new long[BUCKETS.length];
        long[] bucketRight = new long[BUCKETS.length];
        double[] bucketConfidence = new double[BUCKETS.length];
        long items = 0;
        long start = System.nanoTime();
        for (Map.Entry<String, List<String>> e : texts.entrySet()) {
            int right = 0;
            Map<String, Integer> wrong = new TreeMap<>();
            for (String text : e.getValue()) {
                LanguageGuess guess = identifier.identify(text);
                boolean ok = guess.language().equals(e.getKey());
                right += ok ? 1 : 0;
                if (!ok) {
                    wrong.merge(guess.language(), 1, Integer::sum);
                }
                int b = bucket(guess.confidence());
                bucketCount[b]++;
                bucketRight[b] += ok ? 1 : 0;
                bucketConfidence[b] += guess.confidence();
            }
            items += e.getValue().size();
            accuracy.put(e.getKey(), e.getValue().isEmpty() ? 0 : (double) right / e.getValue().size());
            confusions.put(e.getKey(), wrong);
        }
        long nanos = System.nanoTime() - start;
        List<Bucket> calibration = new ArrayList<>();
        for (int b = 0; b < BUCKETS.length; b++) {
            double lo = b == 0 ? 0 : BUCKETS[b - 1];
            calibration.add(new Bucket(lo, BUCKETS[b], bucketCount[b],
                    bucketCount[b] == 0 ? Double.NaN : (double) bucketRight[b] / bucketCount[b],
                    bucketCount[b] == 0 ? Double.NaN : bucketConfidence[b] / bucketCount[b]));
        }
        return new Result(accuracy, confusions, items, nanos, calibration);
    }

    private static int bucket(double confidence) {
        for (int b = 0; b < BUCKETS.length; b++) {
            if (confidence < BUCKETS[b] || b == BUCKETS.length - 1) {
                return b;
            }
        }
        return BUCKETS.length - 1;
    }

    /**
     * One confidence bucket.
     *
     * @param from           lowest confidence (inclusive)
     * @param to             highest confidence (exclusive, except for the last bucket)
     * @param count          answers in the bucket
     * @param accuracy       the share of them that were right
     * @param meanConfidence their mean confidence
     */
    public record Bucket(double from, double to, long count, double accuracy, double meanConfidence) {
    }

    /**
     * The outcome of one evaluation.
     *
     * @param accuracy    accuracy per true language
     * @param confusions  per true language, the wrong answers and how often each was given
     * @param items       texts identified
     * @param nanos       wall-clock time for all of them
     * @param calibration accuracy per confidence bucket
     */
    public record Result(Map<String, Double> accuracy, Map<String, Map<String, Integer>> confusions, long items,
                         long nanos, List<Bucket> calibration) {

        /** Mean accuracy over languages. */
        public double meanAccuracy() {
            return accuracy.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        /** Mean accuracy over the given languages only. */
        public double meanAccuracy(java.util.Collection<String> languages) {
            return languages.stream().mapToDouble(l -> accuracy.getOrDefault(l, 0.0)).average().orElse(0);
        }

        /** Texts per second. */
        public double throughput() {
            return nanos == 0 ? 0 : items * 1e9 / nanos;
        }
    }
}
