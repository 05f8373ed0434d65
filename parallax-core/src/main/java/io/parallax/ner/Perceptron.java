package io.parallax.ner;

import java.util.List;
import java.util.Random;

/**
 * A structured averaged perceptron over BILOU label sequences (Collins, 2002): decode each training sentence with
 * the current weights and, where the result differs from the gold labels, move the weights toward the gold
 * features. The averaged weights are read with {@link #averaged}. Not thread-safe.
 */
final class Perceptron implements Learner {

    private static final int N = Labels.COUNT;

    private final float[] weights;
    private final double[] sums;
    private final float[] transitions = new float[N * N];
    private final double[] transitionSums = new double[N * N];
    private long step = 1;

    /**
     * One training sentence: the feature rows of each token and the gold labels.
     *
     * @param latentTypes bit mask of entity types (by ordinal) that the corpus did not annotate: a token it left
     *                    outside names may belong to a name of such a type. 0 for fully annotated sentences.
     */
    record Instance(int[][] features, int[] labels, int latentTypes) {

        Instance(int[][] features, int[] labels) {
            this(features, labels, 0);
        }

        /** This instance's scores under weights {@code w}, into {@code scores}. */
        void score(float[] w, float[] scores) {
            Perceptron.score(features, w, scores);
        }
    }

    Perceptron(int features) {
        this(features, new float[N * N]);
    }

    /** A perceptron whose transition weights start from {@code initialTransitions}. */
    Perceptron(int features, float[] initialTransitions) {
        this.weights = new float[features * N];
        this.sums = new double[features * N];
        System.arraycopy(initialTransitions, 0, transitions, 0, N * N);
    }

    @Override
    public void epoch(List<Instance> data, Random random) {
        int[] order = Learner.shuffled(data.size(), random);
        float[] scores = new float[0];
        for (int k : order) {
            Instance x = data.get(k);
            int n = x.labels().length;
            if (n == 0) {
                continue;
            }
            if (scores.length < n * N) {
                scores = new float[n * N * 2];
            }
            x.score(weights, scores);
            Lattice lattice = new Lattice(new Lattice.Spec(transitions, Double.NaN));
            int[] predicted = lattice.viterbi(scores, n);
            int[] gold = x.latentTypes() == 0 ? x.labels() : completed(x, scores, lattice);
            update(x, gold, predicted);
            step++;
        }
    }

    /** Sums each token's feature rows of {@code w} into {@code scores}. */
    static void score(int[][] feats, float[] w, float[] scores) {
        java.util.Arrays.fill(scores, 0, feats.length * N, 0f);
        for (int i = 0; i < feats.length; i++) {
            int s = i * N;
            for (int f : feats[i]) {
                int base = f * N;
                for (int y = 0; y < N; y++) {
                    scores[s + y] += w[base + y];
                }
            }
        }
    }

    /**
     * The gold labels of a partly annotated sentence completed by the current weights: the best sequence that keeps
     * every annotated name and puts, where the corpus says O, either O or a name of a type it did not annotate
     * (the latent-variable perceptron's update target).
     */
    static int[] completed(Instance x, float[] scores, Lattice lattice) {
        return lattice.viterbi(constrainedScores(x, scores), x.labels().length);
    }

    /** {@code scores} with every label that the sentence's partial annotation rules out made impossible. */
    static float[] constrainedScores(Instance x, float[] scores) {
        int n = x.labels().length;
        float[] constrained = java.util.Arrays.copyOf(scores, n * N);
        for (int i = 0; i < n; i++) {
            int gold = x.labels()[i];
            for (int y = 0; y < N; y++) {
                boolean ok = y == gold || gold == Labels.O && y != Labels.O
                        && (x.latentTypes() >>> Labels.type(y).ordinal() & 1) != 0;
                if (!ok) {
                    constrained[i * N + y] = -1e9f;
                }
            }
        }
        return constrained;
    }

    private void update(Instance x, int[] gold, int[] predicted) {
        for (int i = 0; i < gold.length; i++) {
            if (gold[i] != predicted[i]) {
                for (int f : x.features()[i]) {
                    bump(f * N + gold[i], 1);
                    bump(f * N + predicted[i], -1);
                }
            }
            if (i > 0 && (gold[i] != predicted[i] || gold[i - 1] != predicted[i - 1])) {
                bumpTransition(gold[i - 1] * N + gold[i], 1);
                bumpTransition(predicted[i - 1] * N + predicted[i], -1);
            }
        }
    }

    private void bump(int at, float delta) {
        weights[at] += delta;
        sums[at] += step * (double) delta;
    }

    private void bumpTransition(int at, float delta) {
        transitions[at] += delta;
        transitionSums[at] += step * (double) delta;
    }

    @Override
    public float[] averaged() {
        return average(weights, sums, step);
    }

    @Override
    public float[] averagedTransitions() {
        return average(transitions, transitionSums, step);
    }

    /**
     * The average of weights over {@code step} steps, from their current values and the sums of each change
     * weighted by the step it was made at (Daumé's trick: no per-step pass over all weights).
     */
    static float[] average(float[] weights, double[] sums, long step) {
        float[] avg = new float[weights.length];
        for (int i = 0; i < avg.length; i++) {
            avg[i] = (float) (weights[i] - sums[i] / step);
        }
        return avg;
    }
}
