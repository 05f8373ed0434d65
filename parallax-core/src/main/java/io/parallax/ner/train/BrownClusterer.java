package io.parallax.ner.train;

import io.parallax.ner.WordClusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Brown clustering (Brown et al., 1992) with Liang's (2005) windowed greedy algorithm: words enter in order of
 * frequency into a window of {@code C} clusters; after each entry the pair of clusters whose merge loses the least
 * average mutual information between adjacent clusters is merged. When all words are in, the remaining clusters
 * are merged into a binary tree, whose root-to-leaf bit paths are the clusters' codes. Merge losses are kept for
 * every pair and updated incrementally, so each step costs O(C²). Not thread-safe; deterministic.
 */
public final class BrownClusterer {

    private final int clusters;
    private final int minCount;
    private final Consumer<String> log;

    private final WordCounts vocabulary = new WordCounts();
    private final List<Map<Integer, Integer>> right = new ArrayList<>();
    private final List<Map<Integer, Integer>> left = new ArrayList<>();
    private long bigrams;

    /**
     * @param clusters number of clusters (leaves of the tree)
     * @param minCount words seen fewer times are not clustered
     */
    public BrownClusterer(int clusters, int minCount, Consumer<String> log) {
        if (clusters < 2 || minCount < 1) {
            throw new IllegalArgumentException("clusters must be >= 2 and minCount >= 1");
        }
        this.clusters = clusters;
        this.minCount = minCount;
        this.log = log;
    }

    /** Adds one sentence of the unlabelled text. */
    public void add(String[] tokens) {
        int prev = -1;
        for (String t : tokens) {
            int id = id(t);
            vocabulary.increment(id);
            if (prev >= 0) {
                right.get(prev).merge(id, 1, Integer::sum);
                left.get(id).merge(prev, 1, Integer::sum);
                bigrams++;
            }
            prev = id;
        }
    }

    /** The word's id, with empty neighbour counts for a new word. */
    private int id(String w) {
        int id = vocabulary.id(w);
        if (id == right.size()) {
            right.add(new HashMap<>(4));
            left.add(new HashMap<>(4));
        }
        return id;
    }

    /** One term of the mutual information: p(a, b) log(p(a, b) / (p(a) p(b))). */
    private static double q(double pab, double pa, double pb) {
        return pab > 0 ? pab * log(pab / (pa * pb)) : 0;
    }

    private static final double LN2 = Math.log(2);

    /**
     * Natural logarithm of a positive number to about 1e-7, several times faster than {@link Math#log}: the loss
     * updates are dominated by logarithms. Splits off the binary exponent and sums the atanh series of the
     * mantissa, which lies in [1, 2).
     */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7FF) - 1023;
        double m = Double.longBitsToDouble((bits & 0xFFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        double t = (m - 1) / (m + 1);
        double t2 = t * t;
        double series = 1 + t2 * (1.0 / 3 + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 * (1.0 / 9 + t2 / 11))));
        return exponent * LN2 + 2 * t * series;
    }

    /** Clusters the words seen at least {@code minCount} times. */
    public WordClusters cluster() {
        int[] order = vocabulary.frequent(minCount);
        log.accept("brown: " + order.length + " words, " + bigrams + " bigrams, " + clusters + " clusters");
        Run run = new Run(order);
        return run.execute();
    }

    /** One clustering run over the chosen vocabulary. */
    private final class Run {
        private final int[] order;
        private final int[] rank;
        private final int slots;
        private final double[][] p2;
        private final double[][] q2;
        private final double[][] loss;
        private final double[] p1;
        private final int[] node;
        private final boolean[] active;
        private final int[] clusterOfRank;
        private final List<int[]> tree = new ArrayList<>();
        private final Map<Integer, List<Integer>> leafWords = new HashMap<>();
        private final double total;

        Run(int[] order) {
            this.order = order;
            this.rank = new int[vocabulary.size()];
            Arrays.fill(rank, -1);
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
            }
            this.slots = Math.min(clusters, order.length) + 1;
            this.p2 = new double[slots][slots];
            this.q2 = new double[slots][slots];
            this.loss = new double[slots][slots];
            this.p1 = new double[slots];
            this.node = new int[slots];
            this.active = new boolean[slots];
            this.clusterOfRank = new int[order.length];
            Arrays.fill(clusterOfRank, -1);
            this.total = Math.max(1, bigrams);
        }

        WordClusters execute() {
            int initial = slots - 1;
            for (int r = 0; r < initial; r++) {
                enter(r, r);
            }
            for (int s = 0; s < slots; s++) {
                for (int t = s + 1; t < slots; t++) {
                    if (active[s] && active[t]) {
                        loss[s][t] = fullLoss(s, t);
                    }
                }
            }
            for (int r = initial; r < order.length; r++) {
                int free = freeSlot();
                enter(r, free);
                for (int s = 0; s < slots; s++) {
                    if (active[s] && s != free) {
                        setLoss(s, free, fullLoss(s, free));
                    }
                }
                mergeBest(false);
                if (r % 5000 == 0) {
                    log.accept("brown: " + r + " of " + order.length + " words");
                }
            }
            while (activeCount() > 1) {
                mergeBest(true);
            }
            return paths();
        }

        /** Puts the word of rank r alone into slot s and fills its row and column. */
        private void enter(int r, int s) {
            int w = order[r];
            clusterOfRank[r] = s;
            active[s] = true;
            node[s] = -1 - r;
            p1[s] = vocabulary.count(w) / total;
            Arrays.fill(p2[s], 0);
            for (int u = 0; u < slots; u++) {
                p2[u][s] = 0;
            }
            right.get(w).forEach((x, c) -> {
                int rx = rank[x];
                if (rx >= 0 && clusterOfRank[rx] >= 0) {
                    p2[s][clusterOfRank[rx]] += c / total;
                }
            });
            left.get(w).forEach((x, c) -> {
                int rx = rank[x];
                if (rx >= 0 && clusterOfRank[rx] >= 0 && x != w) {
                    p2[clusterOfRank[rx]][s] += c / total;
                }
            });
            for (int u = 0; u < slots; u++) {
                if (active[u]) {
                    q2[s][u] = q(p2[s][u], p1[s], p1[u]);
                    q2[u][s] = q(p2[u][s], p1[u], p1[s]);
                }
            }
        }

        private void mergeBest(boolean record) {
            int bs = -1;
            int bt = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < slots; s++) {
                for (int t = s + 1; t < slots; t++) {
                    if (active[s] && active[t] && loss[s][t] > best) {
                        best = loss[s][t];
                        bs = s;
                        bt = t;
                    }
                }
            }
            merge(bs, bt, record);
        }

        /** Merges slot t into slot s, keeping every other pair's loss up to date. */
        private void merge(int s, int t, boolean record) {
            for (int u = 0; u < slots; u++) {
                for (int v = u + 1; v < slots; v++) {
                    if (pair(u, v, s, t)) {
                        loss[u][v] -= f(u, v, s) + f(u, v, t);
                    }
                }
            }
            combine(s, t, record);
            for (int u = 0; u < slots; u++) {
                for (int v = u + 1; v < slots; v++) {
                    if (pair(u, v, s, t)) {
                        loss[u][v] += f(u, v, s);
                    }
                }
            }
            for (int u = 0; u < slots; u++) {
                if (active[u] && u != s) {
                    setLoss(u, s, fullLoss(u, s));
                }
            }
        }

        private boolean pair(int u, int v, int s, int t) {
            return active[u] && active[v] && u != s && u != t && v != s && v != t;
        }

        private void combine(int s, int t, boolean record) {
            for (int u = 0; u < slots; u++) {
                if (u != s && u != t) {
                    p2[s][u] += p2[t][u];
                    p2[u][s] += p2[u][t];
                }
            }
            p2[s][s] += p2[s][t] + p2[t][s] + p2[t][t];
            p1[s] += p1[t];
            active[t] = false;
            for (int r = 0; r < clusterOfRank.length; r++) {
                if (clusterOfRank[r] == t) {
                    clusterOfRank[r] = s;
                }
            }
            if (record) {
                tree.add(new int[]{node[s], node[t]});
                node[s] = tree.size() - 1;
            } else {
                leafWords.computeIfAbsent(node[s], k -> new ArrayList<>()).add(node[t]);
            }
            for (int u = 0; u < slots; u++) {
                if (active[u]) {
                    q2[s][u] = q(p2[s][u], p1[s], p1[u]);
                    q2[u][s] = q(p2[u][s], p1[u], p1[s]);
                }
            }
        }


        /** Change in mutual information from merging s and t (higher is better). */
        private double fullLoss(int s, int t) {
            double pm = p1[s] + p1[t];
            double d = 0;
            for (int u = 0; u < slots; u++) {
                if (active[u] && u != s && u != t) {
                    d += q(p2[s][u] + p2[t][u], pm, p1[u]) + q(p2[u][s] + p2[u][t], p1[u], pm)
                            - q2[s][u] - q2[u][s] - q2[t][u] - q2[u][t];
                }
            }
            double self = p2[s][s] + p2[s][t] + p2[t][s] + p2[t][t];
            return d + q(self, pm, pm) - q2[s][s] - q2[s][t] - q2[t][s] - q2[t][t];
        }

        /** The part of loss(u, v) that involves cluster w. */
        private double f(int u, int v, int w) {
            double pu = p1[u] + p1[v];
            return q(p2[u][w] + p2[v][w], pu, p1[w]) + q(p2[w][u] + p2[w][v], p1[w], pu)
                    - q2[u][w] - q2[w][u] - q2[v][w] - q2[w][v];
        }

        private void setLoss(int a, int b, double value) {
            loss[Math.min(a, b)][Math.max(a, b)] = value;
        }

        private int freeSlot() {
            for (int s = 0; s < slots; s++) {
                if (!active[s]) {
                    return s;
                }
            }
            throw new IllegalStateException("no free slot");
        }

        private int activeCount() {
            int n = 0;
            for (boolean a : active) {
                n += a ? 1 : 0;
            }
            return n;
        }

        /** Bit paths from the merge tree; every word of a leaf cluster gets its leaf's path. */
        private WordClusters paths() {
            Map<String, Long> out = new HashMap<>();
            int root = -1;
            for (int s = 0; s < slots; s++) {
                if (active[s]) {
                    root = node[s];
                }
            }
            walk(root, 1L, 0, out);
            return new WordClusters(out);
        }

        private void walk(int n, long path, int depth, Map<String, Long> out) {
            if (n >= 0) {
                boolean deep = depth >= WordClusters.MAX_DEPTH;
                walk(tree.get(n)[0], deep ? path : path << 1, depth + 1, out);
                walk(tree.get(n)[1], deep ? path : path << 1 | 1, depth + 1, out);
                return;
            }
            assignLeaf(n, path, out);
        }

        private void assignLeaf(int leaf, long path, Map<String, Long> out) {
            out.put(vocabulary.word(order[-1 - leaf]), path);
            for (int member : leafWords.getOrDefault(leaf, List.of())) {
                assignLeaf(member, path, out);
            }
        }
    }
}
