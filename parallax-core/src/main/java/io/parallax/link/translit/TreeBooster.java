package io.parallax.link.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Fits {@link BoostedTrees} to the residual of a logistic decision: each round adds one tree that takes a Newton
 * step on the log loss (Friedman 2001; split gain and leaf values from the gradients and hessians, as in Chen and
 * Guestrin's XGBoost), over features cut into at most {@link #BINS} quantile bins. The number of rounds is chosen
 * on a seeded fifth of the examples held out from the trees (least log loss), and the trees are then refit on all
 * examples with that number.
 *
 * <p>Deterministic for given inputs. Not thread-safe; use one booster per thread.
 *
 * @param depth     depth of every tree (1–8)
 * @param maxRounds most trees
 * @param rate      shrinkage of every tree's leaves
 * @param lambda    L2 penalty on leaf values
 * @param minHessian least summed hessian on each side of a split
 * @param seed      seed of the held-out fifth
 */
record TreeBooster(int depth, int maxRounds, double rate, double lambda, double minHessian, long seed) {

    static final int BINS = 64;

    TreeBooster {
        if (depth < 1 || depth > 8 || maxRounds < 1 || !(rate > 0) || !(lambda >= 0) || !(minHessian >= 0)) {
            throw new IllegalArgumentException("bad booster settings: depth=" + depth + ", rounds=" + maxRounds
                    + ", rate=" + rate + ", lambda=" + lambda + ", minHessian=" + minHessian);
        }
    }

    /** What was fit: the trees and how the held-out fifth chose their number. */
    record Fit(BoostedTrees trees, int rounds, double heldOutLogLoss, double baseLogLoss) {
    }

    /**
     * Fits trees to add to {@code base}, the decision's log-odds of each example.
     *
     * @param x    the trees' inputs of each example, all of one length
     * @param base the log-odds the trees add to
     * @param y    the labels
     * @throws IllegalArgumentException when the arrays disagree in length or there are fewer than 10 examples
     */
    Fit fit(double[][] x, double[] base, boolean[] y) {
        if (x.length != base.length || x.length != y.length || x.length < 10) {
            throw new IllegalArgumentException("booster needs at least 10 examples with inputs, base and label: "
                    + x.length + ", " + base.length + ", " + y.length);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int cut = x.length / 5;
        int[] heldOut = order.subList(0, cut).stream().mapToInt(Integer::intValue).toArray();
        int[] train = order.subList(cut, x.length).stream().mapToInt(Integer::intValue).toArray();
        BoostedTrees trial = grow(x, base, y, train, maxRounds);
        double[] margin = new double[heldOut.length];
        double baseLoss = logLoss(base, y, heldOut, margin);
        int best = 0;
        double bestLoss = baseLoss;
        for (int t = 0; t < trial.trees(); t++) {
            for (int k = 0; k < heldOut.length; k++) {
                margin[k] += trial.tree(t, x[heldOut[k]]);
            }
            double loss = logLoss(base, y, heldOut, margin);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t + 1;
            }
        }
        int[] all = IntStream.range(0, x.length).toArray();
        return new Fit(best == 0 ? BoostedTrees.NONE : grow(x, base, y, all, best), best, bestLoss, baseLoss);
    }

    private static double logLoss(double[] base, boolean[] y, int[] rows, double[] margin) {
        double loss = 0;
        for (int k = 0; k < rows.length; k++) {
            double z = base[rows[k]] + margin[k];
            // log(1 + e^-z) for a true example, log(1 + e^z) for a false one, without overflow
            double s = y[rows[k]] ? -z : z;
            loss += s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
        }
        return loss / rows.length;
    }

    /** Grows {@code rounds} trees on the given rows. */
    private BoostedTrees grow(double[][] x, double[] base, boolean[] y, int[] rows, int rounds) {
        int features = x[0].length;
        double[][] cuts = new double[features][];
        byte[][] bins = new byte[features][];
        for (int f = 0; f < features; f++) {
            cuts[f] = cuts(x, rows, f);
            bins[f] = bins(x, rows, f, cuts[f]);
        }
        int inner = (1 << depth) - 1;
        int[] splitFeature = new int[rounds * inner];
        double[] threshold = new double[rounds * inner];
        double[] leaves = new double[rounds << depth];
        double[] score = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            score[k] = base[rows[k]];
        }
        double[] g = new double[rows.length];
        double[] h = new double[rows.length];
        int[] node = new int[rows.length];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < rows.length; k++) {
                double p = 1 / (1 + Math.exp(-score[k]));
                g[k] = p - (y[rows[k]] ? 1 : 0);
                h[k] = Math.max(1e-12, p * (1 - p));
            }
            Arrays.fill(node, 0);
            for (int level = 0; level < depth; level++) {
                split(level, bins, cuts, g, h, node, r * inner, splitFeature, threshold);
            }
            double[] leafG = new double[1 << depth];
            double[] leafH = new double[1 << depth];
            for (int k = 0; k < rows.length; k++) {
                leafG[node[k] - inner] += g[k];
                leafH[node[k] - inner] += h[k];
            }
            for (int l = 0; l < leafG.length; l++) {
                leaves[(r << depth) + l] = -rate * leafG[l] / (leafH[l] + lambda);
            }
            for (int k = 0; k < rows.length; k++) {
                score[k] += leaves[(r << depth) + node[k] - inner];
            }
        }
        return new BoostedTrees(depth, splitFeature, threshold, leaves);
    }

    /** Chooses the split of every node of one level from gradient histograms, and moves each row to a child. */
    private void split(int level, byte[][] bins, double[][] cuts, double[] g, double[] h, int[] node, int treeAt,
                       int[] splitFeature, double[] threshold) {
        int first = (1 << level) - 1;
        int nodes = 1 << level;
        int features = bins.length;
        double[] hg = new double[nodes * features * BINS];
        double[] hh = new double[hg.length];
        for (int f = 0; f < features; f++) {
            byte[] column = bins[f];
            for (int k = 0; k < node.length; k++) {
                int at = ((node[k] - first) * features + f) * BINS + column[k];
                hg[at] += g[k];
                hh[at] += h[k];
            }
        }
        int[] chosenFeature = new int[nodes];
        int[] chosenBin = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            chosenFeature[n] = -1;
            double bestGain = 1e-9;
            for (int f = 0; f < features; f++) {
                int from = (n * features + f) * BINS;
                double totalG = 0;
                double totalH = 0;
                for (int b = 0; b < BINS; b++) {
                    totalG += hg[from + b];
                    totalH += hh[from + b];
                }
                double parent = totalG * totalG / (totalH + lambda);
                double leftG = 0;
                double leftH = 0;
                for (int b = 0; b < cuts[f].length; b++) {
                    leftG += hg[from + b];
                    leftH += hh[from + b];
                    double rightH = totalH - leftH;
                    if (leftH < minHessian || rightH < minHessian) {
                        continue;
                    }
                    double rightG = totalG - leftG;
                    double gain = leftG * leftG / (leftH + lambda) + rightG * rightG / (rightH + lambda) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        chosenFeature[n] = f;
                        chosenBin[n] = b;
                    }
                }
            }
            int at = treeAt + first + n;
            splitFeature[at] = Math.max(0, chosenFeature[n]);
            threshold[at] = chosenFeature[n] < 0 ? Double.MAX_VALUE : cuts[chosenFeature[n]][chosenBin[n]];
        }
        for (int k = 0; k < node.length; k++) {
            int n = node[k] - first;
            boolean right = chosenFeature[n] >= 0 && bins[chosenFeature[n]][k] > chosenBin[n];
            node[k] = 2 * node[k] + (right ? 2 : 1);
        }
    }

    /** Up to {@code BINS - 1} distinct thresholds at the feature's quantiles over the rows. */
    private static double[] cuts(double[][] x, int[] rows, int f) {
        double[] v = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            v[k] = x[rows[k]][f];
        }
        Arrays.sort(v);
        double[] out = new double[BINS - 1];
        int n = 0;
        for (int q = 1; q < BINS; q++) {
            double c = v[Math.min(v.length - 1, (int) ((long) v.length * q / BINS))];
            if (n == 0 || c > out[n - 1]) {
                out[n++] = c;
            }
        }
        // the largest value as a threshold would send nothing right
        if (n > 0 && out[n - 1] >= v[v.length - 1]) {
            n--;
        }
        return Arrays.copyOf(out, n);
    }

    /** Each row's bin: the number of thresholds below its value, so that bin &le; b exactly when x &le; cuts[b]. */
    private static byte[] bins(double[][] x, int[] rows, int f, double[] cuts) {
        byte[] out = new byte[rows.length];
        for (int k = 0; k < rows.length; k++) {
            int at = Arrays.binarySearch(cuts, x[rows[k]][f]);
            out[k] = (byte) (at >= 0 ? at : -at - 1);
        }
        return out;
    }
}
