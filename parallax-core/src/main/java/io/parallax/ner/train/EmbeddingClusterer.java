package io.parallax.ner.train;

import io.parallax.ner.WordClusters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A second view of words beside Brown clusters: word vectors from a positive pointwise mutual information (PPMI) matrix
 * of co-occurrences in a window of two words, reduced by a randomised truncated SVD (Halko, Martinsson and Tropp 2011),
 * then clustered bottom-up by spherical k-means into a tree (the leaves, then a quarter as many clusters of their
 * centroids, and so on up to 16), so that prefixes of a word's path give clusters at several granularities, as with
 * {@link WordClusters}: {@link #LEVEL_BITS} bits per level. Brown clusters group words by the next word; these group
 * them by the words on both sides with a smoothed context distribution (Levy, Goldberg and Dagan 2015), which makes the
 * two views complementary (Turian et al. 2010, Passos et al. 2014). Words are lower-cased. Not thread-safe;
 * deterministic for a seed.
 */
public final class EmbeddingClusterer {

    private static final int WINDOW = 2;
    private static final double CONTEXT_SMOOTHING = 0.75;
    private static final int OVERSAMPLING = 16;
    private static final int POWER_ITERATIONS = 2;
    /** Bits a path spends on each level of the tree ({@link VectorTree#LEVEL_BITS}). */
    public static final int LEVEL_BITS = VectorTree.LEVEL_BITS;

    private final int leaves;
    private final int dims;
    private final int minCount;
    private final long seed;
    private final Consumer<String> log;

    private final WordCounts vocabulary = new WordCounts();
    /** Every sentence's word ids, sentences separated by -1. */
    private int[] stream = new int[1 << 16];
    private int length;

    /**
     * @param leaves   number of clusters at the finest level (16 to {@link VectorTree#MAX_LEAVES}); the levels
     *                 above have a quarter as many clusters each, down to 16 at the top
     * @param dims     dimensions of the word vectors
     * @param minCount words seen fewer times are not clustered
     * @param seed     seeds the random projection and the k-means starts
     */
    public EmbeddingClusterer(int leaves, int dims, int minCount, long seed, Consumer<String> log) {
        VectorTree.checkLeaves(leaves);
        if (dims < 2 || minCount < 1) {
            throw new IllegalArgumentException("dims must be >= 2 and minCount >= 1");
        }
        this.leaves = leaves;
        this.dims = dims;
        this.minCount = minCount;
        this.seed = seed;
        this.log = log;
    }

    /** Adds one sentence of the unlabelled text. */
    public void add(String[] tokens) {
        for (String t : tokens) {
            push(vocabulary.id(t.toLowerCase(Locale.ROOT)));
        }
        push(-1);
    }

    private void push(int id) {
        if (length == stream.length) {
            stream = Arrays.copyOf(stream, length * 2);
        }
        stream[length++] = id;
        if (id >= 0) {
            vocabulary.increment(id);
        }
    }

    /** Computes the vectors and clusters them; the result maps each lower-cased word to its path. */
    public WordClusters cluster() {
        int[] vocab = vocabulary.frequent(minCount);
        int n = vocab.length;
        int[] index = new int[vocabulary.size()];
        Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            index[vocab[i]] = i;
        }
        Sparse ppmi = ppmi(index, n);
        log.accept("embeddings: " + n + " words, " + ppmi.values.length + " co-occurring pairs");
        double[][] vectors = vectors(ppmi, Math.min(dims, n - 1));
        Map<String, Long> out = new HashMap<>(n * 2);
        long[] codes = VectorTree.paths(vectors, leaves, new Random(seed + 1));
        for (int i = 0; i < n; i++) {
            out.put(vocabulary.word(vocab[i]), codes[i]);
        }
        log.accept("embeddings: " + n + " words in clusters of "
                + Arrays.toString(VectorTree.levelSizes(leaves, n)));
        return new WordClusters(out);
    }

    /** A sparse matrix in compressed rows. */
    private record Sparse(int rows, int[] start, int[] column, float[] values) {
    }

    /**
     * PPMI of words and their context words within {@link #WINDOW} (weighted 1 for neighbours, 1/2 for the next
     * ones), with the context distribution raised to {@link #CONTEXT_SMOOTHING}.
     */
    private Sparse ppmi(int[] index, int n) {
        long[] pairs = pairs(index, n);
        Arrays.sort(pairs);
        int[] start = new int[n + 1];
        int distinct = 0;
        for (int i = 0; i < pairs.length; distinct++) {
            long pair = pairs[i] >>> 1;
            while (i < pairs.length && pairs[i] >>> 1 == pair) {
                i++;
            }
        }
        int[] column = new int[distinct];
        float[] weight = new float[distinct];
        int k = -1;
        long last = -1;
        for (long p : pairs) {
            long pair = p >>> 1;
            if (pair != last) {
                k++;
                last = pair;
                int row = (int) (pair / n);
                column[k] = (int) (pair % n);
                start[row + 1] = k + 1;
            }
            weight[k] += (p & 1) == 0 ? 1f : 0.5f;
        }
        for (int r = 1; r <= n; r++) {
            start[r] = Math.max(start[r], start[r - 1]);
        }
        double[] rowSum = new double[n];
        double[] colSum = new double[n];
        for (int r = 0; r < n; r++) {
            for (int j = start[r]; j < start[r + 1]; j++) {
                rowSum[r] += weight[j];
                colSum[column[j]] += weight[j];
            }
        }
        double smoothed = 0;
        for (double c : colSum) {
            smoothed += Math.pow(c, CONTEXT_SMOOTHING);
        }
        for (int r = 0; r < n; r++) {
            for (int j = start[r]; j < start[r + 1]; j++) {
                double pc = Math.pow(colSum[column[j]], CONTEXT_SMOOTHING) / smoothed;
                double pmi = Math.log(weight[j] / rowSum[r] / pc);
                weight[j] = (float) Math.max(0, pmi);
            }
        }
        return new Sparse(n, start, column, weight);
    }

    /** Every co-occurrence as {@code (row * n + column) * 2 + far}, {@code far} 1 for a word two tokens away. */
    private long[] pairs(int[] index, int n) {
        long[] out = new long[1 << 16];
        int size = 0;
        for (int i = 0; i < length; i++) {
            int a = stream[i] < 0 ? -1 : index[stream[i]];
            if (a < 0) {
                continue;
            }
            for (int d = 1; d <= WINDOW; d++) {
                int j = i + d;
                if (j >= length || stream[j] < 0) {
                    break;
                }
                int b = index[stream[j]];
                if (b < 0) {
                    continue;
                }
                if (size + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[size++] = ((long) a * n + b) * 2 + (d - 1);
                out[size++] = ((long) b * n + a) * 2 + (d - 1);
            }
        }
        return Arrays.copyOf(out, size);
    }

    /**
     * The rows' vectors: the left singular vectors of the top {@code k} singular values, each scaled by the square
     * root of its singular value, from a randomised SVD with {@link #POWER_ITERATIONS} power iterations.
     */
    private double[][] vectors(Sparse a, int k) {
        int n = a.rows;
        int l = Math.min(n, k + OVERSAMPLING);
        Random random = new Random(seed);
        double[] omega = new double[n * l];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = random.nextGaussian();
        }
        double[] q = orthonormal(times(a, omega, l), n, l);
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            double[] z = orthonormal(transposeTimes(a, q, l), n, l);
            q = orthonormal(times(a, z, l), n, l);
        }
        double[] bt = transposeTimes(a, q, l); // B^T = A^T Q, n x l
        double[] c = gram(bt, n, l); // B B^T, l x l
        double[][] eig = Jacobi.eigen(c, l);
        double[] values = eig[0];
        double[] vecs = eig[1]; // column j: eigenvector j, row-major l x l
        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        double[][] out = new double[n][k];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < k; j++) {
                int e = order[j];
                double s = 0;
                for (int m = 0; m < l; m++) {
                    s += q[r * l + m] * vecs[m * l + e];
                }
                out[r][j] = s * Math.pow(Math.max(values[e], 0), 0.25);
            }
            VectorTree.normalise(out[r]);
        }
        return out;
    }

    /** A X for a dense n x l matrix X (row-major). */
    private static double[] times(Sparse a, double[] x, int l) {
        return multiply(a, x, l, false);
    }

    /** A^T X for a dense n x l matrix X (row-major). */
    private static double[] transposeTimes(Sparse a, double[] x, int l) {
        return multiply(a, x, l, true);
    }

    /**
     * A X, or A^T X, for the square sparse A and a dense n x l matrix X (row-major): each stored entry (r, c) adds
     * its value times X's row c to the output's row r, or X's row r to the output's row c.
     */
    private static double[] multiply(Sparse a, double[] x, int l, boolean transpose) {
        double[] out = new double[a.rows * l];
        for (int r = 0; r < a.rows; r++) {
            for (int j = a.start[r]; j < a.start[r + 1]; j++) {
                double v = a.values[j];
                if (v == 0) {
                    continue;
                }
                int o = (transpose ? a.column[j] : r) * l;
                int from = (transpose ? r : a.column[j]) * l;
                for (int m = 0; m < l; m++) {
                    out[o + m] += v * x[from + m];
                }
            }
        }
        return out;
    }

    /** Y^T Y for a dense n x l matrix Y (row-major). */
    private static double[] gram(double[] y, int n, int l) {
        double[] g = new double[l * l];
        for (int r = 0; r < n; r++) {
            int o = r * l;
            for (int i = 0; i < l; i++) {
                double yi = y[o + i];
                if (yi == 0) {
                    continue;
                }
                for (int j = i; j < l; j++) {
                    g[i * l + j] += yi * y[o + j];
                }
            }
        }
        for (int i = 0; i < l; i++) {
            for (int j = 0; j < i; j++) {
                g[i * l + j] = g[j * l + i];
            }
        }
        return g;
    }

    /**
     * An orthonormal basis of the columns of Y: Y V Λ^(-1/2) from the eigenvectors of Y^T Y, twice over for
     * accuracy; directions with a negligible eigenvalue become zero columns.
     */
    private static double[] orthonormal(double[] y, int n, int l) {
        double[] q = y;
        for (int pass = 0; pass < 2; pass++) {
            double[][] eig = Jacobi.eigen(gram(q, n, l), l);
            double max = Arrays.stream(eig[0]).max().orElse(0);
            double[] m = new double[l * l];
            for (int j = 0; j < l; j++) {
                double lambda = eig[0][j];
                double s = lambda > max * 1e-12 && lambda > 0 ? 1 / Math.sqrt(lambda) : 0;
                for (int i = 0; i < l; i++) {
                    m[i * l + j] = eig[1][i * l + j] * s;
                }
            }
            q = dense(q, m, n, l);
        }
        return q;
    }

    /** Y M for Y n x l and M l x l, both row-major. */
    private static double[] dense(double[] y, double[] m, int n, int l) {
        double[] out = new double[n * l];
        for (int r = 0; r < n; r++) {
            int o = r * l;
            for (int i = 0; i < l; i++) {
                double v = y[o + i];
                if (v == 0) {
                    continue;
                }
                int mi = i * l;
                for (int j = 0; j < l; j++) {
                    out[o + j] += v * m[mi + j];
                }
            }
        }
        return out;
    }

    /** Eigen-decomposition of small dense symmetric matrices by cyclic Jacobi rotations. */
    static final class Jacobi {

        private Jacobi() {
        }

        /**
         * @param a symmetric l x l matrix, row-major (not changed)
         * @return {eigenvalues, eigenvectors as the columns of an l x l row-major matrix}
         */
        static double[][] eigen(double[] a, int l) {
            double[] m = a.clone();
            double[] v = new double[l * l];
            for (int i = 0; i < l; i++) {
                v[i * l + i] = 1;
            }
            for (int sweep = 0; sweep < 60; sweep++) {
                double off = 0;
                double diag = 0;
                for (int i = 0; i < l; i++) {
                    diag += m[i * l + i] * m[i * l + i];
                    for (int j = i + 1; j < l; j++) {
                        off += m[i * l + j] * m[i * l + j];
                    }
                }
                if (off <= 1e-22 * diag || off == 0) {
                    break;
                }
                for (int p = 0; p < l; p++) {
                    for (int q = p + 1; q < l; q++) {
                        rotate(m, v, l, p, q);
                    }
                }
            }
            double[] values = new double[l];
            for (int i = 0; i < l; i++) {
                values[i] = m[i * l + i];
            }
            return new double[][]{values, v};
        }

        private static void rotate(double[] m, double[] v, int l, int p, int q) {
            double apq = m[p * l + q];
            if (apq == 0) {
                return;
            }
            double app = m[p * l + p];
            double aqq = m[q * l + q];
            double theta = (aqq - app) / (2 * apq);
            double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
            double c = 1 / Math.sqrt(t * t + 1);
            double s = t * c;
            for (int k = 0; k < l; k++) {
                double mkp = m[k * l + p];
                double mkq = m[k * l + q];
                m[k * l + p] = c * mkp - s * mkq;
                m[k * l + q] = s * mkp + c * mkq;
            }
            for (int k = 0; k < l; k++) {
                double mpk = m[p * l + k];
                double mqk = m[q * l + k];
                m[p * l + k] = c * mpk - s * mqk;
                m[q * l + k] = s * mpk + c * mqk;
            }
            for (int k = 0; k < l; k++) {
                double vkp = v[k * l + p];
                double vkq = v[k * l + q];
                v[k * l + p] = c * vkp - s * vkq;
                v[k * l + q] = s * vkp + c * vkq;
            }
        }
    }
}
