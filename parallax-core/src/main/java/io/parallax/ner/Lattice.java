package io.parallax.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoding of one sentence under a first-order linear-chain model: the best label sequence (Viterbi) and the
 * probability of a labelled span under the model's scores turned into a distribution with a temperature
 * (forward-backward with per-position scaling). Transitions that BILOU forbids are never chosen. Instances hold
 * scratch buffers: not thread-safe, use one per thread.
 *
 * <p>BILOU gives the labels few distinct sets of neighbours: O, B and U may all follow exactly O, L and U, and I
 * and L of a type follow exactly B and I of that type. The recurrences run over these {@link Block}s: a block's
 * shared neighbours are read once into a small buffer, and each of its labels sums or maximises over them with
 * its transitions in one contiguous row. That is about a third of the products of a dense pass over all label
 * pairs, with no forbidden pair visited, and the sums are added in label order, as a dense pass would. With vector
 * kernels ({@link LabelKernels#vectorised}) a column is instead one dense pass over all pairs in 512-bit vectors
 * (forbidden pairs scoring {@code -1e30} or weighing 0), which is faster still and gives the same numbers.
 */
final class Lattice {

    private static final float FORBIDDEN = -1e30f;
    private static final int N = Labels.COUNT;

    /**
     * Labels ({@code targets}) that share the same neighbours ({@code sources}, ascending): the labels that may
     * precede them, or for {@link #FOLLOWED} the labels that may follow them.
     */
    private record Block(int[] sources, int[] targets) {
    }

    /** Every label in exactly one block, grouped by the labels that may precede it. */
    private static final Block[] PRECEDED = blocks(true);
    /** Every label in exactly one block, grouped by the labels that may follow it. */
    private static final Block[] FOLLOWED = blocks(false);
    /** For each label, its block in {@link #PRECEDED} and its place among that block's targets. */
    private static final int[] PRECEDED_BLOCK = new int[N];
    private static final int[] PRECEDED_INDEX = new int[N];

    static {
        for (int b = 0; b < PRECEDED.length; b++) {
            int[] targets = PRECEDED[b].targets();
            for (int a = 0; a < targets.length; a++) {
                PRECEDED_BLOCK[targets[a]] = b;
                PRECEDED_INDEX[targets[a]] = a;
            }
        }
    }

    private static Block[] blocks(boolean before) {
        Map<List<Integer>, List<Integer>> groups = new LinkedHashMap<>();
        for (int y = 0; y < N; y++) {
            List<Integer> neighbours = new ArrayList<>();
            for (int o = 0; o < N; o++) {
                if (before ? Labels.allowed(o, y) : Labels.allowed(y, o)) {
                    neighbours.add(o);
                }
            }
            groups.computeIfAbsent(neighbours, k -> new ArrayList<>()).add(y);
        }
        return groups.entrySet().stream().map(g -> new Block(ints(g.getKey()), ints(g.getValue())))
                .toArray(Block[]::new);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private final Spec spec;
    private final LabelKernels kernels;
    /**
     * Whether columns are computed over every label pair in vectors ({@link LabelKernels#vectorised}) rather than
     * block by block; both give the same numbers.
     */
    private final boolean dense;
    private final float[] startScores;
    private final float[] endScores;
    private final double[] expTransitions;
    private float[] delta = new float[0];
    private double[] alpha = new double[0];
    private double[] beta = new double[0];
    private double[] scale = new double[0];
    private double[] expEmission = new double[0];
    /** A block's neighbours' values at the previous (or next) token. */
    private final float[] near = new float[N];
    private final double[] nearProbability = new double[N];
    private final double[] nextWeighted = new double[N];

    Lattice(Spec spec) {
        this(spec, LabelKernels.BEST);
    }

    Lattice(Spec spec, LabelKernels kernels) {
        this.spec = spec;
        this.kernels = kernels;
        this.dense = kernels.vectorised();
        this.startScores = spec.start;
        this.endScores = spec.end;
        this.expTransitions = spec.expTransitions;
    }

    /**
     * The fixed part of a lattice: transition scores of the allowed pairs, block by block, and their exponentials
     * at the model's temperature. Immutable; share it between threads and make one {@link Lattice} per thread or
     * call.
     */
    static final class Spec {
        private final float[] start = new float[N];
        private final float[] end = new float[N];
        /** The transitions, {@code [prev * COUNT + next]}, {@link #FORBIDDEN} for forbidden pairs. */
        private final float[] transitions = new float[N * N];
        /** Exponentials of the transitions, {@code [prev * COUNT + next]}, 0 for forbidden pairs. */
        private final double[] expTransitions = new double[N * N];
        /** {@link #expTransitions} transposed, {@code [next * COUNT + prev]}. */
        private final double[] expTransitionsBack = new double[N * N];
        /** For each {@link #PRECEDED} block, {@code [target index * sources + k]}: from source k to the target. */
        private final float[][] into = new float[PRECEDED.length][];
        private final double[][] expInto = new double[PRECEDED.length][];
        /** For each {@link #FOLLOWED} block, {@code [target index * sources + k]}: from the target to source k. */
        private final double[][] expOutOf = new double[FOLLOWED.length][];
        private final double temperature;

        /**
         * @param transitions scores of label pairs, {@code [prev * COUNT + next]}
         * @param temperature divides every score before exponentiating; larger values flatten the distribution;
         *                    {@code NaN} for a lattice used only for {@link #viterbi}
         */
        Spec(float[] transitions, double temperature) {
            this.temperature = temperature;
            for (int p = 0; p < N; p++) {
                start[p] = Labels.allowed(-1, p) ? 0 : FORBIDDEN;
                end[p] = Labels.allowed(p, -1) ? 0 : FORBIDDEN;
                for (int q = 0; q < N; q++) {
                    boolean ok = Labels.allowed(p, q);
                    double t = transitions[p * N + q];
                    this.transitions[p * N + q] = ok ? transitions[p * N + q] : FORBIDDEN;
                    expTransitions[p * N + q] = ok && temperature > 0 ? Math.exp(t / temperature) : 0;
                    expTransitionsBack[q * N + p] = expTransitions[p * N + q];
                }
            }
            for (int b = 0; b < PRECEDED.length; b++) {
                int[] pairs = pairIndex(PRECEDED[b], true);
                into[b] = new float[pairs.length];
                expInto[b] = new double[pairs.length];
                for (int j = 0; j < pairs.length; j++) {
                    into[b][j] = transitions[pairs[j]];
                    expInto[b][j] = expTransitions[pairs[j]];
                }
            }
            for (int b = 0; b < FOLLOWED.length; b++) {
                int[] pairs = pairIndex(FOLLOWED[b], false);
                expOutOf[b] = new double[pairs.length];
                for (int j = 0; j < pairs.length; j++) {
                    expOutOf[b][j] = expTransitions[pairs[j]];
                }
            }
        }

        /**
         * For each pair of a block, {@code [target index * sources + k]}, its place in a {@code [prev * COUNT +
         * next]} matrix, the sources being the previous labels or the next ones.
         */
        private static int[] pairIndex(Block block, boolean sourcesPrecede) {
            int[] sources = block.sources();
            int[] targets = block.targets();
            int[] out = new int[targets.length * sources.length];
            for (int a = 0; a < targets.length; a++) {
                for (int k = 0; k < sources.length; k++) {
                    out[a * sources.length + k] = sourcesPrecede ? sources[k] * N + targets[a]
                            : targets[a] * N + sources[k];
                }
            }
            return out;
        }
    }

    /**
     * The best labels for {@code n} tokens.
     *
     * @param emissions scores {@code [token * COUNT + label]}
     */
    int[] viterbi(float[] emissions, int n) {
        if (delta.length < n * N) {
            delta = new float[grown(delta.length / N, n) * N];
        }
        for (int y = 0; y < N; y++) {
            delta[y] = emissions[y] + startScores[y];
        }
        for (int i = 1; i < n; i++) {
            step(emissions, i);
        }
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < N; y++) {
            float s = delta[(n - 1) * N + y] + endScores[y];
            if (s > bestScore) {
                bestScore = s;
                best = y;
            }
        }
        int[] labels = new int[n];
        labels[n - 1] = best;
        for (int i = n - 1; i > 0; i--) {
            labels[i - 1] = predecessor(i, labels[i]);
        }
        return labels;
    }

    /**
     * One column of the best scores. Only the maxima are kept: which predecessor won is found again for the labels
     * of the best path alone ({@link #predecessor}), so the loops carry one running maximum each, with selects
     * rather than branches on data.
     */
    private void step(float[] emissions, int i) {
        int prevRow = (i - 1) * N;
        int row = i * N;
        if (dense) {
            kernels.maxPlus(delta, prevRow, row, spec.transitions, emissions);
            return;
        }
        for (int b = 0; b < PRECEDED.length; b++) {
            int[] sources = PRECEDED[b].sources();
            int[] targets = PRECEDED[b].targets();
            float[] into = spec.into[b];
            gather(prevRow, sources);
            for (int a = 0; a < targets.length; a++) {
                delta[row + targets[a]] = best(into, a * sources.length, sources.length) + emissions[row + targets[a]];
            }
        }
    }

    /** Reads a block's sources' best scores at the token of {@code prevRow} into {@link #near}. */
    private void gather(int prevRow, int[] sources) {
        for (int k = 0; k < sources.length; k++) {
            near[k] = delta[prevRow + sources[k]];
        }
    }

    /** The best of {@code near[k] + into[from + k]} over the block's sources. */
    private float best(float[] into, int from, int sources) {
        float best = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < sources; k++) {
            float s = near[k] + into[from + k];
            best = s > best ? s : best;
        }
        return best;
    }

    /**
     * The first predecessor, in label order, through which label {@code y} at token {@code i} got its best score:
     * the same sums as {@link #step}, so the comparison is exact. Scores that are NaN, which no model produces,
     * fall back to the first predecessor.
     */
    private int predecessor(int i, int y) {
        int prevRow = (i - 1) * N;
        int b = PRECEDED_BLOCK[y];
        int[] sources = PRECEDED[b].sources();
        float[] into = spec.into[b];
        int from = PRECEDED_INDEX[y] * sources.length;
        gather(prevRow, sources);
        float best = best(into, from, sources.length);
        for (int k = 0; k < sources.length; k++) {
            if (near[k] + into[from + k] == best) {
                return sources[k];
            }
        }
        return sources[0];
    }

    /** Runs forward-backward over {@code n} tokens, after which {@link #spanProbability} answers for them. */
    void forwardBackward(float[] emissions, int n) {
        if (!(spec.temperature > 0)) {
            throw new IllegalStateException("this lattice has no temperature");
        }
        ensure(n);
        exponentiate(emissions, n, spec.temperature);
        forward(n);
        backward(n);
    }

    /** The probability that token {@code i} has label {@code y} (after {@link #forwardBackward}). */
    double marginal(int i, int y) {
        return alpha[i * N + y] * beta[i * N + y];
    }

    /** The probability that tokens {@code i - 1} and {@code i} have labels {@code p} and {@code y}. */
    double pairMarginal(int i, int p, int y) {
        return alpha[(i - 1) * N + p] * expTransitions[p * N + y] * expEmission[i * N + y] * beta[i * N + y]
                / scale[i];
    }

    /** The probability that tokens {@code [start, end)} carry exactly {@code labels[start..end)}. */
    double spanProbability(int[] labels, int start, int end) {
        double p = alpha[start * N + labels[start]];
        for (int k = start + 1; k < end; k++) {
            p *= expTransitions[labels[k - 1] * N + labels[k]] * expEmission[k * N + labels[k]] / scale[k];
        }
        return p * beta[(end - 1) * N + labels[end - 1]];
    }

    /**
     * Scores below the token's best by more than this many temperatures weigh under 1e-10 of it: their exponential
     * is taken as 0, which saves calls to {@code exp}.
     */
    private static final double NEGLIGIBLE = 25;

    private void exponentiate(float[] emissions, int n, double t) {
        double cut = -NEGLIGIBLE * t;
        for (int i = 0; i < n; i++) {
            kernels.exponentiate(emissions, i * N, t, cut, expEmission);
        }
    }

    /** Forward probabilities, each column scaled to sum 1. */
    private void forward(int n) {
        double sum = 0;
        for (int y = 0; y < N; y++) {
            double a = startScores[y] == FORBIDDEN ? 0 : expEmission[y];
            alpha[y] = a;
            sum += a;
        }
        normalise(alpha, 0, sum);
        for (int i = 1; i < n; i++) {
            int row = i * N;
            if (dense) {
                kernels.sumProducts(alpha, row - N, spec.expTransitions, alpha, row);
            } else {
                for (int b = 0; b < PRECEDED.length; b++) {
                    sumInto(PRECEDED[b], spec.expInto[b], alpha, row - N, alpha, row);
                }
            }
            sum = 0;
            for (int y = 0; y < N; y++) {
                double a = alpha[row + y] * expEmission[row + y];
                alpha[row + y] = a;
                sum += a;
            }
            normalise(alpha, i, sum);
        }
    }

    /**
     * For each target of a block, {@code out[outRow + target] = sum over k of in[inRow + source k] * weights[..]},
     * the sources in ascending order.
     */
    private void sumInto(Block block, double[] weights, double[] in, int inRow, double[] out, int outRow) {
        int[] sources = block.sources();
        int[] targets = block.targets();
        for (int k = 0; k < sources.length; k++) {
            nearProbability[k] = in[inRow + sources[k]];
        }
        for (int a = 0; a < targets.length; a++) {
            int from = a * sources.length;
            double s = 0;
            for (int k = 0; k < sources.length; k++) {
                s += nearProbability[k] * weights[from + k];
            }
            out[outRow + targets[a]] = s;
        }
    }

    private void normalise(double[] a, int i, double sum) {
        double s = sum > 0 ? sum : 1;
        scale[i] = s;
        for (int y = 0; y < N; y++) {
            a[i * N + y] /= s;
        }
    }

    private void backward(int n) {
        double endSum = 0;
        for (int y = 0; y < N; y++) {
            endSum += alpha[(n - 1) * N + y] * (endScores[y] == FORBIDDEN ? 0 : 1);
        }
        double z = endSum > 0 ? endSum : 1;
        for (int y = 0; y < N; y++) {
            beta[(n - 1) * N + y] = (endScores[y] == FORBIDDEN ? 0 : 1) / z;
        }
        for (int i = n - 2; i >= 0; i--) {
            int next = (i + 1) * N;
            int row = i * N;
            // the next token's backward probabilities weighted by its emissions, in place of its row of beta
            for (int q = 0; q < N; q++) {
                nextWeighted[q] = expEmission[next + q] * beta[next + q];
            }
            if (dense) {
                kernels.sumProducts(nextWeighted, 0, spec.expTransitionsBack, beta, row);
            } else {
                for (int b = 0; b < FOLLOWED.length; b++) {
                    sumInto(FOLLOWED[b], spec.expOutOf[b], nextWeighted, 0, beta, row);
                }
            }
            double s = scale[i + 1];
            for (int y = 0; y < N; y++) {
                beta[row + y] /= s;
            }
        }
    }

    private void ensure(int n) {
        if (alpha.length < n * N) {
            int rows = grown(scale.length, n);
            alpha = new double[rows * N];
            beta = new double[rows * N];
            expEmission = new double[rows * N];
            scale = new double[rows];
        }
    }

    /**
     * Rows for buffers that must hold {@code n}: exactly {@code n} at first, since most callers decode one short
     * sentence per lattice and zeroing unused rows costs more than the scoring; doubling after that.
     */
    private static int grown(int rows, int n) {
        return rows == 0 ? n : Math.max(n, 2 * rows);
    }
}
