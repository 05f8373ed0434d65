package io.parallax.link.translit;

import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>a fixed, seeded shuffle of the pairs into folds (by default five; with one fold, an alignment part and a
 *       calibration part);</li>
 *   <li>for each fold, many-to-many alignment by expectation maximisation (Jiampojamarn, Kondrak and Sherif 2007)
 *       on the other folds, then Viterbi alignment into unit sequences, a joint bigram model over the units and
 *       character bigram models of each side;</li>
 *   <li>each fold's pairs, against hard negatives ({@link HardNegatives}) drawn from the fold itself, scored by the
 *       n-grams of the other folds, so that the decision learns from names the n-grams have not seen;</li>
 *   <li>a logistic decision over those scores and the alignment units, fit on every fold, and boosted trees on its
 *       residual ({@link TreeBooster}; their number chosen on a held-out fifth of those examples);</li>
 *   <li>the n-grams re-learned from all the pairs (the decision is kept).</li>
 * </ol>
 * Deterministic for a given input and config. Not thread-safe; use one trainer per thread.
 */
public final class TransliterationTrainer {

    private static final int LR_ROUNDS = 600;
    private static final double LR_RATE = 0.05;
    private static final double L2 = 1e-4;
    /** Unit indicators are sparse, so they learn faster and are held back harder. */
    private static final double UNIT_RATE = 0.5;
    private static final double UNIT_L2 = 1e-3;
    private static final int MIN_UNIT_EXAMPLES = 50;
    private static final int TREE_DEPTH = 6;
    private static final double TREE_RATE = 0.1;
    private static final double TREE_LAMBDA = 1;
    private static final double TREE_MIN_HESSIAN = 5;
    /** The probability at which the matcher says "same". */
    private static final double THRESHOLD = 0.5;

    private final TranslitText text = new TranslitText();

    /** Unit shapes: at least one letter on each side, or a single letter on one side only. */
    static boolean allowed(int a, int b) {
        return a >= 1 && b >= 1 || a + b == 1;
    }

    private record Norm(String x, int[] y) {
    }

    /** One split of the training pairs: n-grams are learned on {@code align}, the decision on {@code calibration}. */
    private record Fold(List<TranslitPair> align, List<TranslitPair> calibration) {
    }

    /** A trained model and what it scored on its own calibration part. */
    public TransliterationModel train(List<TranslitPair> truePairs, TransliterationConfig config) {
        List<TranslitPair> pairs = new ArrayList<>(new LinkedHashSet<>(truePairs));
        Collections.shuffle(pairs, new Random(config.seed()));
        if (pairs.size() > config.maxPairs()) {
            pairs = pairs.subList(0, config.maxPairs());
        }
        Evidence evidence = new Evidence();
        TransliterationModel draft = null;
        for (Fold f : folds(pairs, config)) {
            List<Norm> align = normalise(f.align());
            if (align.size() < 5 || f.calibration().size() < 5) {
                throw new IllegalArgumentException("too few usable pairs to train: " + pairs.size());
            }
            Alignment a = new Alignment(align, config);
            a.estimate(config.iterations());
            draft = a.model(config, new double[TransliterationScorer.EXPANDED + 1], zeros(), ones(), Map.of(),
                    Map.of());
            evidence.collect(new TransliterationScorer(draft), f.calibration(), config);
        }
        TransliterationModel calibrated = calibrate(draft, evidence);
        if (!config.refit()) {
            return calibrated;
        }
        // the decision stays; the n-grams are re-learned from every training pair
        Alignment all = new Alignment(normalise(pairs), config);
        all.estimate(config.iterations());
        return all.model(config, calibrated.weights, calibrated.means, calibrated.scales, calibrated.unitWeights,
                calibrated.heldOut).withGate(calibrated.gate, calibrated.heldOut)
                .withTrees(calibrated.trees, calibrated.heldOut);
    }

    /**
     * One fold (the first {@code alignFraction} aligns, the rest calibrates), or for cross-fitting k folds, each
     * calibrating on its k-th of the pairs with the n-grams of the rest.
     */
    private static List<Fold> folds(List<TranslitPair> pairs, TransliterationConfig config) {
        int n = pairs.size();
        if (config.folds() == 1) {
            int cut = (int) Math.round(n * config.alignFraction());
            return List.of(new Fold(pairs.subList(0, cut), pairs.subList(cut, n)));
        }
        List<Fold> out = new ArrayList<>();
        for (int f = 0; f < config.folds(); f++) {
            int from = (int) Math.round((double) n * f / config.folds());
            int to = (int) Math.round((double) n * (f + 1) / config.folds());
            List<TranslitPair> align = new ArrayList<>(pairs.subList(0, from));
            align.addAll(pairs.subList(to, n));
            out.add(new Fold(align, pairs.subList(from, to)));
        }
        return out;
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

    /**
     * The training examples, scored by n-grams that never saw them: each pair with its hard negative (the
     * decision's examples), and for a share of the pairs an unrelated negative (the gate's, with the pairs).
     */
    private final class Evidence {
        final List<double[]> xs = new ArrayList<>();
        final List<List<String>> units = new ArrayList<>();
        final List<Boolean> ys = new ArrayList<>();
        final List<double[]> unrelated = new ArrayList<>();

        void collect(TransliterationScorer scorer, List<TranslitPair> calibration, TransliterationConfig config) {
            HardNegatives negatives = new HardNegatives(calibration, text);
            for (TranslitPair p : negatives.withNegatives(calibration)) {
                TransliterationScorer.Evidence e = evidence(scorer, p);
                if (e != null) {
                    xs.add(e.features());
                    units.add(e.units());
                    ys.add(p.same());
                }
            }
            for (TranslitPair p : negatives.randomNegatives(calibration, config.randomNegatives(),
                    new Random(config.seed() + calibration.size()))) {
                TransliterationScorer.Evidence e = evidence(scorer, p);
                if (e != null) {
                    unrelated.add(e.features());
                }
            }
        }

        private TransliterationScorer.Evidence evidence(TransliterationScorer scorer, TranslitPair p) {
            return scorer.evidence(text.latin(p.latin()), text.target(p.other()));
        }
    }

    private TransliterationModel calibrate(TransliterationModel draft, Evidence ev) {
        double[] means = new double[TransliterationScorer.FEATURES];
        double[] scales = new double[TransliterationScorer.FEATURES];
        standardise(ev.xs, means, scales);
        Map<String, Integer> vocabulary = vocabulary(ev.units);
        List<int[]> sparse = ev.units.stream().map(u -> u.stream().filter(vocabulary::containsKey)
                .mapToInt(vocabulary::get).toArray()).toList();
        List<double[]> zs = ev.xs.stream().map(x -> TransliterationScorer.expand(x, means, scales)).toList();
        double[] w = fitLogistic(zs, sparse, vocabulary.size(), ev.ys);
        int dense = TransliterationScorer.EXPANDED;
        Map<String, Double> unitWeights = new HashMap<>();
        vocabulary.forEach((unit, i) -> unitWeights.put(unit, w[dense + 1 + i]));
        double[] weights = Arrays.copyOf(w, dense + 1);
        TransliterationModel model = draft.withDecision(weights, means, scales, unitWeights, Map.of());
        double accuracy = accuracy(new TransliterationScorer(model), ev);
        Map<String, Double> heldOut = new LinkedHashMap<>();
        heldOut.put("calibration.pairs", (double) ev.xs.size());
        heldOut.put("calibration.accuracy", accuracy);
        TransliterationModel decided = boosted(draft.withDecision(weights, means, scales, unitWeights, heldOut), ev,
                heldOut);
        return ev.unrelated.isEmpty() ? decided : gate(decided, ev, heldOut);
    }

    /**
     * Adds boosted trees on the residual of the logistic decision, over the features and the decision's log-odds,
     * when the config asks for them. The quadratic surface is smooth and global; trees can bend it in one region of
     * the features without moving it elsewhere. Records the chosen number of trees, the log loss of the fifth held
     * out from them and the calibration accuracy with them in {@code heldOut}.
     */
    private TransliterationModel boosted(TransliterationModel decided, Evidence ev, Map<String, Double> heldOut) {
        if (decided.config.trees() == 0) {
            return decided;
        }
        TransliterationScorer s = new TransliterationScorer(decided);
        double[][] inputs = new double[ev.xs.size()][];
        double[] base = new double[inputs.length];
        boolean[] ys = new boolean[inputs.length];
        for (int n = 0; n < inputs.length; n++) {
            base[n] = s.logit(new TransliterationScorer.Evidence(ev.xs.get(n), ev.units.get(n)));
            inputs[n] = TransliterationScorer.treeInputs(ev.xs.get(n), base[n]);
            ys[n] = ev.ys.get(n);
        }
        TreeBooster.Fit fit = new TreeBooster(TREE_DEPTH, decided.config.trees(), TREE_RATE, TREE_LAMBDA,
                TREE_MIN_HESSIAN, decided.config.seed()).fit(inputs, base, ys);
        heldOut.put("trees", (double) fit.rounds());
        heldOut.put("trees.heldOutLogLoss", fit.heldOutLogLoss());
        heldOut.put("trees.heldOutLogLossWithout", fit.baseLogLoss());
        heldOut.put("calibration.accuracyWithoutTrees", heldOut.get("calibration.accuracy"));
        heldOut.put("calibration.accuracy", accuracy(new TransliterationScorer(decided.withTrees(fit.trees(),
                Map.of())), ev));
        return decided.withTrees(fit.trees(), heldOut);
    }

    /**
     * Fits the plausibility gate: a linear logistic regression of the true pairs against unrelated negatives, on
     * the standardised features. The decision is fit on near-miss negatives only, so it is sharp where names are
     * alike, and the noise among the true pairs (translations, swapped names), which sits where alignments are
     * hopeless, taught it that such a pair can match: without the gate the models called 18–37 % of random pairs
     * the same name (see the model card). A gate that is linear cannot rise again far from the data.
     */
    private TransliterationModel gate(TransliterationModel decided, Evidence ev, Map<String, Double> heldOut) {
        List<double[]> zs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (int n = 0; n < ev.xs.size(); n++) {
            if (ev.ys.get(n)) {
                zs.add(TransliterationScorer.standardised(ev.xs.get(n), decided.means, decided.scales));
                ys.add(true);
            }
        }
        for (double[] x : ev.unrelated) {
            zs.add(TransliterationScorer.standardised(x, decided.means, decided.scales));
            ys.add(false);
        }
        double[] gate = fitLogistic(zs, ys.stream().map(y -> new int[0]).toList(), 0, ys);
        TransliterationScorer s = new TransliterationScorer(decided.withGate(gate, heldOut));
        long rejected = ev.unrelated.stream().filter(x -> s.plausibility(x) < TransliterationScorer.PLAUSIBLE)
                .count();
        Map<String, Double> scores = new LinkedHashMap<>(heldOut);
        scores.put("gate.unrelated", (double) ev.unrelated.size());
        scores.put("gate.unrelatedRejected", rejected / (double) ev.unrelated.size());
        scores.put("calibration.accuracyWithGate", accuracy(s, ev));
        return decided.withGate(gate, scores);
    }

    /** Units seen in at least {@link #MIN_UNIT_EXAMPLES} examples get a weight of their own, by index. */
    private static Map<String, Integer> vocabulary(List<List<String>> units) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        units.forEach(u -> u.forEach(x -> counts.merge(x, 1, Integer::sum)));
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((unit, c) -> {
            if (c >= MIN_UNIT_EXAMPLES) {
                out.put(unit, out.size());
            }
        });
        return out;
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
     * Logistic regression by batch gradient descent with momentum and small L2 penalties, on the given dense inputs
     * and on indicators of the alignment units of each example (a unit seen twice counts twice). Returns the dense
     * weights, the bias, then the unit weights.
     */
    private static double[] fitLogistic(List<double[]> zs, List<int[]> sparse, int units, List<Boolean> ys) {
        int k = zs.get(0).length;
        double[] w = new double[k + 1 + units];
        double[] velocity = new double[w.length];
        for (int round = 0; round < LR_ROUNDS; round++) {
            double[] grad = new double[w.length];
            for (int n = 0; n < zs.size(); n++) {
                double[] z = zs.get(n);
                double s = w[k];
                for (int i = 0; i < k; i++) {
                    s += w[i] * z[i];
                }
                for (int u : sparse.get(n)) {
                    s += w[k + 1 + u];
                }
                double err = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, s)))) - (ys.get(n) ? 1 : 0);
                for (int i = 0; i < k; i++) {
                    grad[i] += err * z[i];
                }
                grad[k] += err;
                for (int u : sparse.get(n)) {
                    grad[k + 1 + u] += err;
                }
            }
            for (int i = 0; i < w.length; i++) {
                boolean unit = i > k;
                double penalty = i == k ? 0 : (unit ? UNIT_L2 : L2) * w[i];
                velocity[i] = 0.9 * velocity[i] - (unit ? UNIT_RATE : LR_RATE) * (grad[i] / zs.size() + penalty);
                w[i] += velocity[i];
            }
        }
        return w;
    }

    private static double accuracy(TransliterationScorer s, Evidence ev) {
        int right = 0;
        for (int n = 0; n < ev.xs.size(); n++) {
            double p = s.decide(new TransliterationScorer.Evidence(ev.xs.get(n), ev.units.get(n)));
            right += (p >= THRESHOLD) == ev.ys.get(n) ? 1 : 0;
        }
        return ev.xs.isEmpty() ? 0 : (double) right / ev.xs.size();
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
                                   Map<String, Double> unitWeights, Map<String, Double> heldOut) {
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
                    w, means, scales, unitWeights, heldOut, null, null);
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
