package io.parallax.ner;

/**
 * Decoding of one sentence under a first-order linear-chain model: the best label sequence (Viterbi) and the
 * probability of a labelled span under the model's scores turned into a distribution with a temperature
 * (forward-backward with per-position scaling). Transitions that BILOU forbids are never chosen. Instances hold
 * scratch buffers: not thread-safe, use one per thread.
 */
final class Lattice {

    private static final float FORBIDDEN = -1e30f;
    private static final int N = Labels.COUNT;
    /** For each label, the labels that may precede it; BILOU allows about a third of all pairs. */
    private static final int[][] PREDECESSORS = neighbours(true);
    /** {@link #PREDECESSORS} flattened: those of label {@code y} are at {@code [FROM[y], FROM[y + 1])}. */
    private static final int[] PREDECESSOR_LIST =
            java.util.Arrays.stream(PREDECESSORS).flatMapToInt(java.util.Arrays::stream).toArray();
    private static final int[] PREDECESSOR_FROM = offsets(PREDECESSORS);

    private static int[] offsets(int[][] lists) {
        int[] from = new int[lists.length + 1];
        for (int y = 0; y < lists.length; y++) {
            from[y + 1] = from[y] + lists[y].length;
        }
        return from;
    }

    private static int[][] neighbours(boolean before) {
        int[][] out = new int[N][];
        for (int y = 0; y < N; y++) {
            int label = y;
            out[y] = java.util.stream.IntStream.range(0, N)
                    .filter(o -> before ? Labels.allowed(o, label) : Labels.allowed(label, o)).toArray();
        }
        return out;
    }

    private final Spec spec;
    private final float[] transitions;
    private final float[] startScores;
    private final float[] endScores;
    private final double[] expTransitions;
    private final double[] expTransitionsBack;
    private int[] back = new int[0];
    private float[] delta = new float[0];
    private double[] alpha = new double[0];
    private double[] beta = new double[0];
    private double[] scale = new double[0];
    private double[] expEmission = new double[0];

    Lattice(Spec spec) {
        this.spec = spec;
        this.transitions = spec.transitions;
        this.startScores = spec.start;
        this.endScores = spec.end;
        this.expTransitions = spec.expTransitions;
        this.expTransitionsBack = spec.expTransitionsBack;
    }

    /**
     * The fixed part of a lattice: transition scores with forbidden pairs masked, and their exponentials at the
     * model's temperature. Immutable; share it between threads and make one {@link Lattice} per thread or call.
     */
    static final class Spec {
        private final float[] transitions = new float[N * N];
        private final float[] start = new float[N];
        private final float[] end = new float[N];
        private final double[] expTransitions = new double[N * N];
        /** {@link #expTransitions} transposed, {@code [next * COUNT + prev]}, for the backward pass. */
        private final double[] expTransitionsBack = new double[N * N];
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
                    this.transitions[p * N + q] = ok ? transitions[p * N + q] : FORBIDDEN;
                    double t = transitions[p * N + q];
                    expTransitions[p * N + q] = ok && temperature > 0 ? Math.exp(t / temperature) : 0;
                    expTransitionsBack[q * N + p] = expTransitions[p * N + q];
                }
            }
        }
    }

    /**
     * The best labels for {@code n} tokens.
     *
     * @param emissions scores {@code [token * COUNT + label]}
     */
    int[] viterbi(float[] emissions, int n) {
        if (back.length < n * N) {
            back = new int[grown(back.length / N, n) * N];
            delta = new float[back.length];
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
            labels[i - 1] = back[i * N + labels[i]];
        }
        return labels;
    }

    /**
     * One column of the best scores. The comparisons are written as selects, which the compiler turns into
     * conditional moves: which predecessor wins is data-dependent, and branches on it would be mispredicted.
     */
    private void step(float[] emissions, int i) {
        int prevRow = (i - 1) * N;
        int row = i * N;
        for (int y = 0; y < N; y++) {
            int from = PREDECESSOR_FROM[y];
            int to = PREDECESSOR_FROM[y + 1];
            int arg = PREDECESSOR_LIST[from];
            float best = delta[prevRow + arg] + transitions[arg * N + y];
            for (int k = from + 1; k < to; k++) {
                int p = PREDECESSOR_LIST[k];
                float s = delta[prevRow + p] + transitions[p * N + y];
                boolean better = s > best;
                best = better ? s : best;
                arg = better ? p : arg;
            }
            delta[row + y] = best + emissions[row + y];
            back[row + y] = arg;
        }
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
     * is taken as 0, which saves most calls to {@code exp}.
     */
    private static final double NEGLIGIBLE = 25;

    private void exponentiate(float[] emissions, int n, double t) {
        double cut = -NEGLIGIBLE * t;
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < N; y++) {
                max = Math.max(max, emissions[i * N + y]);
            }
            for (int y = 0; y < N; y++) {
                double x = emissions[i * N + y] - max;
                expEmission[i * N + y] = x < cut ? 0 : Math.exp(x / t);
            }
        }
    }

    /** Forward probabilities, each column scaled to sum 1; dense over label pairs (forbidden ones weigh 0). */
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
            java.util.Arrays.fill(alpha, row, row + N, 0);
            for (int p = 0; p < N; p++) {
                double a = alpha[row - N + p];
                if (a != 0) {
                    int t = p * N;
                    for (int y = 0; y < N; y++) {
                        alpha[row + y] += a * expTransitions[t + y];
                    }
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
            java.util.Arrays.fill(beta, row, row + N, 0);
            for (int q = 0; q < N; q++) {
                double w = expEmission[next + q] * beta[next + q];
                if (w != 0) {
                    int t = q * N;
                    for (int y = 0; y < N; y++) {
                        beta[row + y] += expTransitionsBack[t + y] * w;
                    }
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
