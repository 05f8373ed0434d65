package io.parallax.link.translit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link TransliterationModel} from true name pairs:
 * <ol>
 *   <li>a fixed, seeded split of the pairs into an alignment part and a calibration part;</li>
 *   <li>many-to-many alignment by expectation maximisation (Jiampojamarn, Kondrak and Sherif 2007) on the
 *       alignment part, then Viterbi alignment into unit sequences;</li>
 *   <li>a joint bigram model over the units and character bigram models of each side;</li>
 *   <li>a logistic decision fit on the calibration part, against hard negatives ({@link HardNegatives}) drawn
 *       from the calibration part itself, so that it learns from names the n-grams have not seen.</li>
 * </ol>
 * Deterministic for a given input and config. Not thread-safe; use one trainer per thread.
 */
public final class TransliterationTrainer {

    private static final int LR_ROUNDS = 600;
    private static final double LR_RATE = 0.05;
    private static final double L2 = 1e-4;

    private final TranslitText text = new TranslitText();

    /** Unit shapes: at least one letter on each side, or a single letter on one side only. */
    static boolean allowed(int a, int b) {
        return a >= 1 && b >= 1 || a + b == 1;
    }

    private record Norm(String x, int[] y) {
    }

    /** A trained model and what it scored on its own calibration part. */
    public TransliterationModel train(List<TranslitPair> truePairs, TransliterationConfig config) {
        List<TranslitPair> pairs = new ArrayList<>(new LinkedHashSet<>(truePairs));
        Collections.shuffle(pairs, new Random(config.seed()));
        if (pairs.size() > config.maxPairs()) {
            pairs = pairs.subList(0, config.maxPairs());
        }
        int cut = (int) Math.round(pairs.size() * config.alignFraction());
        List<Norm> align = normalise(pairs.subList(0, cut));
        List<TranslitPair> calibration = pairs.subList(cut, pairs.size());
        if (align.size() < 5 || calibration.size() < 5) {
            throw new IllegalArgumentException("too few usable pairs to train: " + pairs.size());
        }
        Alignment a = new Alignment(align, config);
        a.estimate(config.iterations());
        TransliterationModel draft = a.model(config, new double[TransliterationScorer.EXPANDED + 1],
                zeros(), ones(), Map.of());
        TransliterationModel calibrated = calibrate(draft, calibration);
        if (!config.refit()) {
            return calibrated;
        }
        // the decision stays; the n-grams are re-learned from every training pair
        Alignment all = new Alignment(normalise(pairs), config);
        all.estimate(config.iterations());
        return all.model(config, calibrated.weights, calibrated.means, calibrated.scales, calibrated.heldOut);
    }

    private List<Norm> normalise(List<TranslitPair> pairs) {
        List<Norm> out = new ArrayList<>();
        for (TranslitPair p : pairs) {
            String x = text.latin(p.latin());
            int[] y = text.target(p.other()).codePoints().toArray();
            if (!x.isEmpty() && y.length > 0 && x.length() <= 30 && y.length <= 30) {
                out.add(new Norm(x, y));
            }
        }
        return out;
    }

    private TransliterationModel calibrate(TransliterationModel draft, List<TranslitPair> calibration) {
        TransliterationScorer scorer = new TransliterationScorer(draft);
        List<TranslitPair> labelled = new HardNegatives(calibration, text).withNegatives(calibration);
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (TranslitPair p : labelled) {
            double[] f = scorer.features(text.latin(p.latin()), text.target(p.other()));
            if (f != null) {
                xs.add(f);
                ys.add(p.same());
            }
        }
        double[] means = new double[TransliterationScorer.FEATURES];
        double[] scales = new double[TransliterationScorer.FEATURES];
        standardise(xs, means, scales);
        double[] w = fitLogistic(xs, ys, means, scales);
        TransliterationModel model = draft.withDecision(w, means, scales, Map.of());
        double accuracy = accuracy(new TransliterationScorer(model), xs, ys);
        Map<String, Double> heldOut = new LinkedHashMap<>();
        heldOut.put("calibration.pairs", (double) xs.size());
        heldOut.put("calibration.accuracy", accuracy);
        return draft.withDecision(w, means, scales, heldOut);
    }

    private static double[] zeros() {
        return new double[TransliterationScorer.FEATURES];
    }

    private static double[] ones() {
        double[] o = zeros();
        java.util.Arrays.fill(o, 1);
        return o;
    }

    private static void standardise(List<double[]> xs, double[] means, double[] scales) {
        for (double[] x : xs) {
            for (int i = 0; i < means.length; i++) {
                means[i] += x[i] / xs.size();
            }
        }
        for (double[] x : xs) {
            for (int i = 0; i < means.length; i++) {
                scales[i] += (x[i] - means[i]) * (x[i] - means[i]) / xs.size();
            }
        }
        for (int i = 0; i < scales.length; i++) {
            scales[i] = Math.max(1e-6, Math.sqrt(scales[i]));
        }
    }

    /**
     * Logistic regression on the expanded features by batch gradient descent with momentum and a small L2
     * penalty; the last weight is the bias.
     */
    private static double[] fitLogistic(List<double[]> xs, List<Boolean> ys, double[] means, double[] scales) {
        List<double[]> zs = xs.stream().map(x -> TransliterationScorer.expand(x, means, scales)).toList();
        int k = TransliterationScorer.EXPANDED;
        double[] w = new double[k + 1];
        double[] velocity = new double[k + 1];
        for (int round = 0; round < LR_ROUNDS; round++) {
            double[] grad = new double[k + 1];
            for (int n = 0; n < zs.size(); n++) {
                double[] z = zs.get(n);
                double s = w[k];
                for (int i = 0; i < k; i++) {
                    s += w[i] * z[i];
                }
                double err = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, s)))) - (ys.get(n) ? 1 : 0);
                for (int i = 0; i < k; i++) {
                    grad[i] += err * z[i];
                }
                grad[k] += err;
            }
            for (int i = 0; i <= k; i++) {
                velocity[i] = 0.9 * velocity[i] - LR_RATE * (grad[i] / zs.size() + (i < k ? L2 * w[i] : 0));
                w[i] += velocity[i];
            }
        }
        return w;
    }

    private static double accuracy(TransliterationScorer s, List<double[]> xs, List<Boolean> ys) {
        int right = 0;
        for (int n = 0; n < xs.size(); n++) {
            right += (s.decide(xs.get(n)) >= 0.5) == ys.get(n) ? 1 : 0;
        }
        return xs.isEmpty() ? 0 : (double) right / xs.size();
    }

    /** The EM alignment state: unit table, per-pair unit slots, and expected counts. */
    private static final class Alignment {
        final List<Norm> pairs;
        final int maxS;
        final int maxT;
        final int[][] shapes;
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> units = new ArrayList<>();
        final int[][] slots;
        double[] counts;

        Alignment(List<Norm> pairs, TransliterationConfig c) {
            this.pairs = pairs;
            this.maxS = c.maxSource();
            this.maxT = c.maxTarget();
            List<int[]> sh = new ArrayList<>();
            for (int a = 0; a <= maxS; a++) {
                for (int b = 0; b <= maxT; b++) {
                    if (allowed(a, b)) {
                        sh.add(new int[]{a, b});
                    }
                }
            }
            this.shapes = sh.toArray(int[][]::new);
            this.slots = new int[pairs.size()][];
            for (int p = 0; p < pairs.size(); p++) {
                slots[p] = slotsOf(pairs.get(p));
            }
            counts = new double[units.size()];
            java.util.Arrays.fill(counts, 1.0);
        }

        /** Unit id of every shape at every lattice cell of a pair, -1 where it does not fit. */
        private int[] slotsOf(Norm p) {
            int n = p.x.length();
            int m = p.y.length;
            int[] out = new int[(n + 1) * (m + 1) * shapes.length];
            StringBuilder u = new StringBuilder();
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    for (int s = 0; s < shapes.length; s++) {
                        int a = shapes[s][0];
                        int b = shapes[s][1];
                        int at = ((i * (m + 1)) + j) * shapes.length + s;
                        if (i + a > n || j + b > m) {
                            out[at] = -1;
                            continue;
                        }
                        u.setLength(0);
                        u.append(p.x, i, i + a).append(TransliterationModel.SEPARATOR);
                        for (int k = j; k < j + b; k++) {
                            u.appendCodePoint(p.y[k]);
                        }
                        out[at] = ids.computeIfAbsent(u.toString(), key -> {
                            units.add(key);
                            return units.size() - 1;
                        });
                    }
                }
            }
            return out;
        }

        void estimate(int iterations) {
            for (int it = 0; it < iterations; it++) {
                double total = 0;
                for (double c : counts) {
                    total += c;
                }
                double[] prob = new double[counts.length];
                for (int u = 0; u < prob.length; u++) {
                    prob[u] = counts[u] / total;
                }
                double[] next = new double[counts.length];
                for (int p = 0; p < pairs.size(); p++) {
                    expect(p, prob, next);
                }
                for (int u = 0; u < next.length; u++) {
                    next[u] += 1e-6;   // keeps every seen unit possible
                }
                counts = next;
            }
        }

        private void expect(int p, double[] prob, double[] next) {
            int n = pairs.get(p).x.length();
            int m = pairs.get(p).y.length;
            int w = m + 1;
            double[] alpha = new double[(n + 1) * w];
            double[] beta = new double[(n + 1) * w];
            alpha[0] = 1;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    double from = alpha[i * w + j];
                    if (from == 0) {
                        continue;
                    }
                    for (int s = 0; s < shapes.length; s++) {
                        int u = slots[p][(i * w + j) * shapes.length + s];
                        if (u >= 0) {
                            alpha[(i + shapes[s][0]) * w + j + shapes[s][1]] += from * prob[u];
                        }
                    }
                }
            }
            double z = alpha[n * w + m];
            if (!(z > 0)) {
                return;
            }
            beta[n * w + m] = 1;
            for (int i = n; i >= 0; i--) {
                for (int j = m; j >= 0; j--) {
                    double acc = beta[i * w + j];
                    for (int s = 0; s < shapes.length; s++) {
                        int u = slots[p][(i * w + j) * shapes.length + s];
                        if (u >= 0) {
                            double b = beta[(i + shapes[s][0]) * w + j + shapes[s][1]];
                            acc += prob[u] * b;
                            next[u] += alpha[i * w + j] * prob[u] * b / z;
                        }
                    }
                    beta[i * w + j] = acc;
                }
            }
        }

        /** The model: Viterbi unit sequences under the final unit probabilities, counted into bigram models. */
        TransliterationModel model(TransliterationConfig c, double[] w, double[] means, double[] scales,
                                   Map<String, Double> heldOut) {
            double total = java.util.Arrays.stream(counts).sum();
            Map<Integer, Integer> compact = new LinkedHashMap<>();
            List<int[]> sequences = new ArrayList<>();
            for (int p = 0; p < pairs.size(); p++) {
                int[] seq = viterbi(p, total);
                if (seq != null) {
                    for (int k = 0; k < seq.length; k++) {
                        seq[k] = compact.computeIfAbsent(seq[k], x -> compact.size() + 1);
                    }
                    sequences.add(seq);
                }
            }
            String[] table = new String[compact.size()];
            compact.forEach((unit, sym) -> table[sym - 1] = units.get(unit));
            BigramModel.Builder joint = new BigramModel.Builder(c.order());
            sequences.forEach(joint::add);
            Map<Integer, Integer> srcSymbols = new HashMap<>();
            Map<Integer, Integer> tgtSymbols = new HashMap<>();
            BigramModel.Builder src = new BigramModel.Builder(2);
            BigramModel.Builder tgt = new BigramModel.Builder(2);
            for (Norm p : pairs) {
                src.add(symbols(p.x.codePoints().toArray(), srcSymbols));
                tgt.add(symbols(p.y, tgtSymbols));
            }
            return new TransliterationModel(c, table, joint.build(), srcSymbols, src.build(), tgtSymbols, tgt.build(),
                    w, means, scales, heldOut);
        }

        private static int[] symbols(int[] cps, Map<Integer, Integer> table) {
            int[] out = new int[cps.length];
            for (int i = 0; i < cps.length; i++) {
                out[i] = table.computeIfAbsent(cps[i], k -> table.size() + 1);
            }
            return out;
        }

        /** Best unit sequence of pair p under unigram unit probabilities, or null when none. */
        private int[] viterbi(int p, double total) {
            int n = pairs.get(p).x.length();
            int m = pairs.get(p).y.length;
            int w = m + 1;
            double[] best = new double[(n + 1) * w];
            int[] back = new int[(n + 1) * w];
            java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
            best[0] = 0;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    double from = best[i * w + j];
                    if (from == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    for (int s = 0; s < shapes.length; s++) {
                        int u = slots[p][(i * w + j) * shapes.length + s];
                        if (u < 0) {
                            continue;
                        }
                        int to = (i + shapes[s][0]) * w + j + shapes[s][1];
                        double score = from + Math.log(counts[u] / total);
                        if (score > best[to]) {
                            best[to] = score;
                            back[to] = s;
                        }
                    }
                }
            }
            if (best[n * w + m] == Double.NEGATIVE_INFINITY) {
                return null;
            }
            List<Integer> seq = new ArrayList<>();
            int i = n;
            int j = m;
            while (i > 0 || j > 0) {
                int s = back[i * w + j];
                i -= shapes[s][0];
                j -= shapes[s][1];
                seq.add(slots[p][(i * w + j) * shapes.length + s]);
            }
            Collections.reverse(seq);
            return seq.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
