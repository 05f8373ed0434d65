package io.parallax.link.translit;

import java.util.Arrays;

/**
 * Gradient-boosted regression trees of one fixed depth, whose sum is added to the log-odds of a logistic decision.
 * Every tree is complete: its {@code 2^depth - 1} inner nodes, in breadth-first order, each send an input whose
 * feature exceeds the node's threshold to the right; a node that does not split has the largest threshold, so
 * everything goes left. Train with {@link TreeBooster}.
 *
 * <p>Immutable and thread-safe.
 */
final class BoostedTrees {

    /** No trees: adds nothing (models trained without them). */
    static final BoostedTrees NONE = new BoostedTrees(0, new int[0], new double[0], new double[0]);

    final int depth;
    /** Per tree, the feature each inner node tests. */
    final int[] features;
    /** Per tree, each inner node's threshold. */
    final double[] thresholds;
    /** Per tree, its {@code 2^depth} leaf values. */
    final double[] leaves;

    /**
     * @throws IllegalStateException when the arrays do not describe complete trees of the given depth
     */
    BoostedTrees(int depth, int[] features, double[] thresholds, double[] leaves) {
        this.depth = depth;
        this.features = features.clone();
        this.thresholds = thresholds.clone();
        this.leaves = leaves.clone();
        int trees = trees();
        int inner = (1 << depth) - 1;
        if (depth < 0 || depth > 8 || trees << depth != leaves.length || features.length != trees * inner
                || thresholds.length != features.length) {
            throw new IllegalStateException("boosted trees: " + leaves.length + " leaves, " + features.length
                    + " inner nodes do not make complete trees of depth " + depth);
        }
        for (int f : features) {
            if (f < 0) {
                throw new IllegalStateException("boosted trees: negative feature index " + f);
            }
        }
    }

    /** Number of trees. */
    int trees() {
        return depth == 0 ? 0 : leaves.length >> depth;
    }

    /** Largest feature index any node tests, or -1 without trees. */
    int maxFeature() {
        return Arrays.stream(features).max().orElse(-1);
    }

    /** The trees' summed output for the inputs. */
    double margin(double[] x) {
        double s = 0;
        for (int t = 0, n = trees(); t < n; t++) {
            s += tree(t, x);
        }
        return s;
    }

    /** Output of tree {@code t}. */
    double tree(int t, double[] x) {
        int inner = (1 << depth) - 1;
        int node = 0;
        while (node < inner) {
            int at = t * inner + node;
            node = 2 * node + (x[features[at]] > thresholds[at] ? 2 : 1);
        }
        return leaves[(t << depth) + node - inner];
    }
}
