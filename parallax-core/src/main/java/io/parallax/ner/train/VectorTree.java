package io.parallax.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A tree of word vectors by spherical k-means, built bottom-up: the vectors into the leaves, then a quarter as many
 * clusters of the leaves' centroids, and so on up to 16, so that every level is a partition of the words nested in
 * the one above and prefixes of a word's path give clusters at several granularities ({@link #LEVEL_BITS} bits per
 * level, the encoding of {@link io.parallax.ner.WordClusters}). Trees finer than {@link #BOTTOM_UP_LEAVES} leaves
 * are built to that many bottom-up, and then each of those is split in {@value #BRANCHING} by k-means over its own
 * members: a flat k-means over all the words into thousands of clusters would cost that many times more. Shared by
 * the clusters of vectors learnt from our own text ({@link EmbeddingClusterer}) and of pretrained vectors
 * ({@link WordVectors}). Stateless; deterministic for a seeded {@link Random} (the parallel steps compute each word
 * independently).
 */
final class VectorTree {

    private static final int TOP_CLUSTERS = 16;
    private static final int BRANCHING = 4;
    /** Bits a path spends on each level of the tree: a level has at most {@code 2^LEVEL_BITS} clusters. */
    static final int LEVEL_BITS = 10;
    /** The most leaves built bottom-up; finer trees split these. */
    static final int BOTTOM_UP_LEAVES = 1 << LEVEL_BITS;
    /** The most leaves a tree may have: one level of splits below {@link #BOTTOM_UP_LEAVES}. */
    static final int MAX_LEAVES = BOTTOM_UP_LEAVES * BRANCHING;
    private static final int KMEANS_ITERATIONS = 15;

    private VectorTree() {
    }

    /**
     * @throws IllegalArgumentException unless {@code leaves} is in [16, {@link #BOTTOM_UP_LEAVES}] or is
     *                                  {@link #MAX_LEAVES}
     */
    static void checkLeaves(int leaves) {
        if (leaves < TOP_CLUSTERS || leaves > BOTTOM_UP_LEAVES && leaves != MAX_LEAVES) {
            throw new IllegalArgumentException("leaves must be in [16, " + BOTTOM_UP_LEAVES + "] or "
                    + MAX_LEAVES + ", not " + leaves);
        }
    }

    /** Scales {@code v} to unit length in place (a zero vector stays zero). */
    static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        if (s > 0) {
            double inv = 1 / Math.sqrt(s);
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
    }

    /** Cluster counts of the levels, from the top: 16, 64, 256, ... up to the leaves, none above the word count. */
    static int[] levelSizes(int leaves, int words) {
        List<Integer> sizes = new ArrayList<>();
        for (int k = TOP_CLUSTERS; k < leaves; k *= BRANCHING) {
            sizes.add(k);
        }
        sizes.add(leaves);
        return sizes.stream().mapToInt(k -> Math.min(k, words)).toArray();
    }

    /**
     * Clusters bottom-up: the words into the leaves by k-means, then each level's centroids into the level above,
     * so that every level is a partition of the words nested in the one above. A word's path is its cluster at
     * the top, then at each level below its cluster's rank among its parent's children, {@link #LEVEL_BITS} bits
     * each. With {@link #MAX_LEAVES} leaves, the tree is built to {@link #BOTTOM_UP_LEAVES} and each of those leaves
     * is then split ({@link #split}).
     */
    static long[] paths(double[][] vectors, int leaves, Random random) {
        checkLeaves(leaves);
        long[] codes = bottomUp(vectors, Math.min(leaves, BOTTOM_UP_LEAVES), random);
        return leaves > BOTTOM_UP_LEAVES ? split(vectors, codes, random) : codes;
    }

    private static long[] bottomUp(double[][] vectors, int leaves, Random random) {
        int n = vectors.length;
        int[] sizes = levelSizes(leaves, n);
        int levels = sizes.length;
        int[][] clusterOf = new int[levels][];
        int[][] parent = new int[levels][];
        clusterOf[levels - 1] = kmeans(vectors, range(n), sizes[levels - 1], random);
        for (int l = levels - 2; l >= 0; l--) {
            double[][] centres = centroids(vectors, clusterOf[l + 1], sizes[l + 1]);
            parent[l + 1] = kmeans(centres, range(centres.length), sizes[l], random);
            clusterOf[l] = new int[n];
            for (int w = 0; w < n; w++) {
                clusterOf[l][w] = parent[l + 1][clusterOf[l + 1][w]];
            }
        }
        int[][] rank = new int[levels][];
        for (int l = 1; l < levels; l++) {
            rank[l] = new int[sizes[l]];
            int[] next = new int[sizes[l - 1]];
            for (int c = 0; c < sizes[l]; c++) {
                rank[l][c] = next[parent[l][c]]++;
            }
        }
        long[] codes = new long[n];
        for (int w = 0; w < n; w++) {
            long path = 1L << LEVEL_BITS | clusterOf[0][w];
            for (int l = 1; l < levels; l++) {
                path = path << LEVEL_BITS | rank[l][clusterOf[l][w]];
            }
            codes[w] = path;
        }
        return codes;
    }

    /**
     * One level more: the words of each leaf of {@code paths} split in {@value #BRANCHING} by k-means over that
     * leaf's members alone (a leaf with no more members than that puts each in its own child), leaves taken in
     * order of their paths so that the seeded result does not depend on hashing.
     */
    static long[] split(double[][] vectors, long[] paths, Random random) {
        java.util.TreeMap<Long, List<Integer>> leaves = new java.util.TreeMap<>();
        for (int w = 0; w < paths.length; w++) {
            leaves.computeIfAbsent(paths[w], p -> new ArrayList<>()).add(w);
        }
        long[] out = new long[paths.length];
        for (List<Integer> leaf : leaves.values()) {
            int[] members = leaf.stream().mapToInt(Integer::intValue).toArray();
            int[] child = members.length > BRANCHING ? kmeans(vectors, members, BRANCHING, random)
                    : range(members.length);
            for (int i = 0; i < members.length; i++) {
                out[members[i]] = paths[members[i]] << LEVEL_BITS | child[i];
            }
        }
        return out;
    }

    /** The normalised mean of each cluster's members (zero for an empty cluster). */
    private static double[][] centroids(double[][] vectors, int[] assign, int k) {
        double[][] sums = new double[k][vectors[0].length];
        for (int w = 0; w < vectors.length; w++) {
            double[] s = sums[assign[w]];
            for (int d = 0; d < s.length; d++) {
                s[d] += vectors[w][d];
            }
        }
        for (double[] s : sums) {
            normalise(s);
        }
        return sums;
    }

    /** Spherical k-means with k-means++ starts: the cluster of each member. */
    private static int[] kmeans(double[][] vectors, int[] members, int k, Random random) {
        int dim = vectors[members[0]].length;
        double[][] centres = plusPlus(vectors, members, k, random);
        int[] assign = new int[members.length];
        for (int it = 0; it < KMEANS_ITERATIONS; it++) {
            double[][] fixed = centres;
            int[] best = IntStream.range(0, members.length).parallel()
                    .map(i -> nearest(vectors[members[i]], fixed)).toArray();
            boolean changed = it == 0 || !Arrays.equals(best, assign);
            assign = best;
            if (!changed) {
                break;
            }
            double[][] sums = new double[k][dim];
            for (int i = 0; i < members.length; i++) {
                double[] v = vectors[members[i]];
                double[] s = sums[assign[i]];
                for (int d = 0; d < dim; d++) {
                    s[d] += v[d];
                }
            }
            for (int c = 0; c < k; c++) {
                normalise(sums[c]);
                if (Arrays.stream(sums[c]).anyMatch(x -> x != 0)) {
                    centres[c] = sums[c];
                }
            }
        }
        return assign;
    }

    private static double[][] plusPlus(double[][] vectors, int[] members, int k, Random random) {
        double[][] centres = new double[k][];
        centres[0] = vectors[members[random.nextInt(members.length)]].clone();
        double[] dist = new double[members.length];
        Arrays.fill(dist, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            double[] last = centres[c - 1];
            IntStream.range(0, members.length).parallel().forEach(i -> {
                double d = Math.max(0, 1 - dot(vectors[members[i]], last));
                dist[i] = Math.min(dist[i], d * d);
            });
            for (double d : dist) {
                total += d;
            }
            int pick = members.length - 1;
            double target = random.nextDouble() * total;
            for (int i = 0; i < members.length; i++) {
                target -= dist[i];
                if (target <= 0) {
                    pick = i;
                    break;
                }
            }
            centres[c] = vectors[members[pick]].clone();
        }
        return centres;
    }

    private static int nearest(double[] v, double[][] centres) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            double d = dot(v, centres[c]);
            if (d > bestDot) {
                bestDot = d;
                best = c;
            }
        }
        return best;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
