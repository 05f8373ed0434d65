package io.parallax.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A linear-chain conditional random field (Lafferty, McCallum and Pereira, 2001) trained online: for one sentence
 * at a time, the gradient of its log-likelihood (the gold features minus the features expected under the model,
 * from forward-backward marginals at temperature 1) is followed with AdaGrad step sizes (Duchi, Hazan and Singer,
 * 2011), and the weights are averaged over all steps as the perceptron's are. Unlike the perceptron, which moves
 * only on sentences it gets wrong, every sentence moves the weights toward the labels' probabilities, so scores
 * are calibrated and near-misses are learned from too.
 *
 * <p>Partly annotated sentences ({@link Perceptron.Instance#latentTypes}) take as their target the expectations
 * under the model restricted to the labellings the annotation allows (the latent-variable CRF).
 *
 * <p>No regulariser: averaging and the epoch count chosen on held-out data keep it from overfitting (an L2 penalty
 * was tried and lost on the held-out slice; see the English model card). Not thread-safe.
 */
final class CrfLearner implements Learner {

    private static final int N = Labels.COUNT;
    /** Gradients smaller than this are not applied: they would cost a step-size update for nothing. */
    private static final double NEGLIGIBLE = 1e-5;

    private final double rate;
    private final float[] weights;
    private final float[] squares;
    private final double[] sums;
    private final float[] transitions = new float[N * N];
    private final float[] transitionSquares = new float[N * N];
    private final double[] transitionSums = new double[N * N];
    private long step = 1;

    /**
     * @param features           rows of the feature index
     * @param initialTransitions the transition weights to start from
     * @param rate               AdaGrad's base step size (the English and Swedish models use 0.05)
     * @throws IllegalArgumentException when {@code rate} is not positive
     */
    CrfLearner(int features, float[] initialTransitions, double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be > 0");
        }
        this.rate = rate;
        this.weights = new float[features * N];
        this.squares = new float[features * N];
        this.sums = new double[features * N];
        System.arraycopy(initialTransitions, 0, transitions, 0, N * N);
    }

    @Override
    public void epoch(List<Perceptron.Instance> data, Random random) {
        float[] scores = new float[0];
        double[] gold = new double[0];
        double[] goldPairs = new double[N * N];
        for (int k : Learner.shuffled(data.size(), random)) {
            Perceptron.Instance x = data.get(k);
            int n = x.labels().length;
            if (n == 0) {
                continue;
            }
            if (scores.length < n * N) {
                scores = new float[n * N * 2];
                gold = new double[n * N * 2];
            }
            x.score(weights, scores);
            Lattice.Spec spec = new Lattice.Spec(transitions, 1.0);
            Lattice model = new Lattice(spec);
            model.forwardBackward(scores, n);
            target(x, scores, spec, gold, goldPairs);
            update(x, model, gold, goldPairs, n);
            step++;
        }
    }

    /** The target expectations of a sentence: its gold labels, or the model's expectations within its annotation. */
    private static void target(Perceptron.Instance x, float[] scores, Lattice.Spec spec, double[] gold,
                               double[] goldPairs) {
        int n = x.labels().length;
        Arrays.fill(gold, 0, n * N, 0);
        Arrays.fill(goldPairs, 0);
        if (x.latentTypes() == 0) {
            for (int i = 0; i < n; i++) {
                gold[i * N + x.labels()[i]] = 1;
                if (i > 0) {
                    goldPairs[x.labels()[i - 1] * N + x.labels()[i]] += 1;
                }
            }
            return;
        }
        Lattice allowed = new Lattice(spec);
        allowed.forwardBackward(Perceptron.constrainedScores(x, scores), n);
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < N; y++) {
                gold[i * N + y] = allowed.marginal(i, y);
            }
        }
        addPairMarginals(allowed, n, goldPairs, 1);
    }

    private void update(Perceptron.Instance x, Lattice model, double[] gold, double[] goldPairs, int n) {
        for (int i = 0; i < n; i++) {
            int[] row = x.features()[i];
            for (int y = 0; y < N; y++) {
                double g = gold[i * N + y] - model.marginal(i, y);
                if (Math.abs(g) >= NEGLIGIBLE) {
                    for (int f : row) {
                        step(weights, squares, sums, f * N + y, g);
                    }
                }
            }
        }
        addPairMarginals(model, n, goldPairs, -1);
        for (int at = 0; at < N * N; at++) {
            if (Math.abs(goldPairs[at]) >= NEGLIGIBLE) {
                step(transitions, transitionSquares, transitionSums, at, goldPairs[at]);
            }
        }
    }

    /** Adds {@code sign} times the expected count of every allowed label pair over the sentence to {@code out}. */
    private static void addPairMarginals(Lattice lattice, int n, double[] out, int sign) {
        for (int p = 0; p < N; p++) {
            for (int y = 0; y < N; y++) {
                if (Labels.allowed(p, y)) {
                    double sum = 0;
                    for (int i = 1; i < n; i++) {
                        sum += lattice.pairMarginal(i, p, y);
                    }
                    out[p * N + y] += sign * sum;
                }
            }
        }
    }

    private void step(float[] w, float[] squared, double[] sum, int at, double gradient) {
        squared[at] += (float) (gradient * gradient);
        double delta = rate * gradient / Math.sqrt(squared[at] + 1e-8);
        w[at] += (float) delta;
        sum[at] += step * delta;
    }

    @Override
    public float[] averaged() {
        return Perceptron.average(weights, sums, step);
    }

    @Override
    public float[] averagedTransitions() {
        return Perceptron.average(transitions, transitionSums, step);
    }
}
