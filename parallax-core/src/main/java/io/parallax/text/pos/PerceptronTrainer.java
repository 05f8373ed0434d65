package io.parallax.text.pos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link PerceptronModel}: greedy left-to-right decoding with the model's own previous predictions as
 * features, weights averaged over all updates (Collins 2002), sentences shuffled each epoch with a fixed seed.
 * Not thread-safe; one trainer per training run.
 */
public final class PerceptronTrainer {

    /**
     * Training settings.
     *
     * @param epochs       passes over the data
     * @param seed         shuffle seed
     * @param minWordCount words seen at least this often get an ambiguity class
     * @param minWeight    averaged weights smaller than this (absolute) are dropped from the model
     */
    public record Config(int epochs, long seed, int minWordCount, double minWeight) {

        public static final Config DEFAULT = new Config(12, 1L, 2, 1e-3);
    }

    /**
     * One training sentence: words, gold tags and, for a second-pass model, a first pass's (cross-validated) tags.
     */
    public record Sample(String[] words, String[] tags, String[] guesses) {

        public Sample(String[] words, String[] tags) {
            this(words, tags, null);
        }
    }

    private final Config config;
    private final Map<String, double[]> weights = new HashMap<>();
    private final Map<String, double[]> totals = new HashMap<>();
    private final Map<String, int[]> stamps = new HashMap<>();
    private List<String> tags;
    private int instance;

    public PerceptronTrainer(Config config) {
        this.config = config;
    }

    /** Trains on gold sentences only (no distributional lexicon entries beyond the training text). */
    public PerceptronModel train(List<Sample> samples) {
        return train(samples, PosLexicon.build(samples, List.of(), config.minWordCount()));
    }

    /**
     * @param lexicon the word knowledge the features look up (see {@link PosLexicon}); stored in the model
     */
    PerceptronModel train(List<Sample> samples, Map<String, String> lexicon) {
        tags = new ArrayList<>(new TreeSet<>(samples.stream().flatMap(s -> java.util.Arrays.stream(s.tags())).toList()));
        Map<String, String> ambiguity = lexicon;
        List<Sample> order = new ArrayList<>(samples);
        Random random = new Random(config.seed());
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Sample s : order) {
                trainSentence(s, ambiguity);
            }
        }
        return new PerceptronModel(tags, averaged(), ambiguity);
    }

    private void trainSentence(Sample s, Map<String, String> ambiguity) {
        String prev = "<s>";
        String prev2 = "<s>";
        for (int i = 0; i < s.words().length; i++) {
            List<String> features = PosFeatures.of(s.words(), i, prev, prev2, ambiguity, s.guesses());
            int guess = predict(features);
            int gold = tags.indexOf(s.tags()[i]);
            instance++;
            if (guess != gold) {
                for (String f : features) {
                    update(f, gold, 1);
                    update(f, guess, -1);
                }
            }
            prev2 = prev;
            prev = tags.get(guess);
        }
    }

    private int predict(List<String> features) {
        double[] scores = new double[tags.size()];
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int t = 0; t < scores.length; t++) {
                    scores[t] += w[t];
                }
            }
        }
        return PerceptronModel.best(scores);
    }

    /** Adds {@code delta} to one weight, first settling its running total (lazy averaging). */
    private void update(String feature, int tag, double delta) {
        double[] w = weights.computeIfAbsent(feature, k -> new double[tags.size()]);
        double[] total = totals.computeIfAbsent(feature, k -> new double[tags.size()]);
        int[] stamp = stamps.computeIfAbsent(feature, k -> new int[tags.size()]);
        total[tag] += (instance - stamp[tag]) * w[tag];
        stamp[tag] = instance;
        w[tag] += delta;
    }

    private Map<String, float[]> averaged() {
        Map<String, float[]> out = new HashMap<>();
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            double[] w = e.getValue();
            double[] total = totals.get(e.getKey());
            int[] stamp = stamps.get(e.getKey());
            float[] avg = new float[w.length];
            boolean any = false;
            for (int t = 0; t < w.length; t++) {
                double sum = total[t] + (instance - stamp[t]) * w[t];
                avg[t] = (float) (sum / instance);
                any |= Math.abs(avg[t]) >= config.minWeight();
            }
            if (any) {
                out.put(e.getKey(), avg);
            }
        }
        return out;
    }
}
