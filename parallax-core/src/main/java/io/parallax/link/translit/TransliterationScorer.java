package io.parallax.link.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says how likely a Latin-script name and a name in the model's script are the same name ("Gagosian" and
 * "Гагосян": yes; "Garoyian" and "Гагосян": no). Finds the best many-to-many alignment under the joint unit
 * bigram model (Viterbi), compares it with how likely each name is on its own, and feeds the scores to the
 * model's logistic decision and the boosted trees on its residual, learned against near-miss names ("Gurovich" for
 * "Гуревич"); a linear gate, learned against unrelated names, vetoes pairs that cannot be a transliteration at all.
 *
 * <p>Thread-safe: holds only the immutable model. Time grows with the product of the two lengths; names longer
 * than {@link #MAX_LETTERS} letters score 0.
 */
public final class TransliterationScorer {

    /** Features of the best path's steps ({@link #traceFeatures}). */
    static final int EXTRA = 10;
    /** Features of models trained before {@link EditMargins}: 14 of the whole path, {@link #EXTRA} of its steps. */
    static final int BASE_FEATURES = 14 + EXTRA;
    /** Number of features of the decision: {@link #BASE_FEATURES}, then those of {@link EditMargins}. */
    static final int FEATURES = BASE_FEATURES + EditMargins.FEATURES;
    static final int MAX_LETTERS = 64;
    /** Below this plausibility the gate vetoes the decision. */
    static final double PLAUSIBLE = 0.5;
    /** Log-probability of an alignment unit never seen in training. */
    private static final double UNSEEN = -14.0;
    private static final double FLOOR = -25.0;
    private static final double UNSEEN_CONDITIONAL = -12.0;

    private final TransliterationModel model;
    private final TranslitText text = new TranslitText();
    private final io.parallax.link.NameKeys keys = new io.parallax.link.NameKeys(new io.parallax.link.Romanizer());

    /** How close the names are under ICU's rule-based romanisation (BGN/PCGN for Russian), as key similarity. */
    private double ruleSimilarity(String x, String y) {
        return io.parallax.link.Strings.similarity(keys.romanKey(x), keys.romanKey(y));
    }

    private double ruleDistance(String x, String y) {
        return Math.min(8, io.parallax.link.Strings.levenshtein(keys.romanKey(x), keys.romanKey(y)));
    }

    public TransliterationScorer(TransliterationModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public TransliterationModel model() {
        return model;
    }

    /** Probability in [0, 1] that the two names are the same; raw strings, normalised here. */
    public double probability(String latinName, String otherName) {
        return judge(latinName, otherName).probability();
    }

    /**
     * The verdict on a pair of names.
     *
     * @param probability in [0, 1], that the two names are the same
     * @param plausible   false when the model's gate finds the names no transliteration of each other at all (and so
     *                    "different", however alike a near-miss decision would find them); true for models without
     *                    a gate and for names it cannot score
     */
    public record Judgement(double probability, boolean plausible) {
    }

    /** The probability and the gate's verdict from one alignment of the names; raw strings, normalised here. */
    public Judgement judge(String latinName, String otherName) {
        Evidence e = evidence(text.latin(latinName), text.target(otherName));
        return e == null ? new Judgement(0, true)
                : new Judgement(decide(e), plausibility(e.features()) >= PLAUSIBLE);
    }

    /**
     * What the decision reads: the features, and the units of the best alignment ("sch" + SEPARATOR + "ш", "?" for
     * an unseen unit).
     */
    record Evidence(double[] features, List<String> units) {
    }

    double decide(Evidence ev) {
        double z = logit(ev);
        if (model.trees.trees() > 0) {
            z += model.trees.margin(treeInputs(ev.features(), z));
        }
        double p = 1 / (1 + Math.exp(-z));
        if (model.gate.length == 0) {
            return p;
        }
        // an implausible pair is different whatever the decision, which never saw such pairs, says
        double g = plausibility(ev.features());
        return g < PLAUSIBLE ? Math.min(p, g) : p;
    }

    /** The log-odds of the logistic decision alone: quadratic in the standardised features, plus unit weights. */
    double logit(Evidence ev) {
        double[] e = expand(ev.features(), model.means, model.scales);
        double z = model.weights[e.length];
        for (int i = 0; i < e.length; i++) {
            z += model.weights[i] * e[i];
        }
        for (String u : ev.units()) {
            z += model.unitWeights.getOrDefault(u, 0.0);
        }
        return z;
    }

    /** What the trees read: the raw features, then the logistic decision's log-odds. */
    static double[] treeInputs(double[] features, double logit) {
        double[] x = Arrays.copyOf(features, features.length + 1);
        x[features.length] = logit;
        return x;
    }

    /**
     * How plausible it is that the names are a transliteration at all (the model's gate, against unrelated names);
     * 1 for models without a gate.
     */
    double plausibility(double[] features) {
        double[] gate = model.gate;
        if (gate.length == 0) {
            return 1;
        }
        double[] f = standardised(features, model.means, model.scales);
        double z = gate[gate.length - 1];
        for (int i = 0; i < f.length; i++) {
            z += gate[i] * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The features as standard scores under the model's means and scales (the first {@code means.length}). */
    static double[] standardised(double[] f, double[] means, double[] scales) {
        double[] z = new double[means.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (f[i] - means[i]) / scales[i];
        }
        return z;
    }

    /** Number of inputs of the logistic decision: the standardised features and their pairwise products. */
    static final int EXPANDED = expanded(FEATURES);

    /** Number of inputs of the logistic decision over {@code k} features. */
    static int expanded(int k) {
        return k + k * (k + 1) / 2;
    }

    /** Standardised features followed by their pairwise products (a quadratic decision surface). */
    static double[] expand(double[] f, double[] means, double[] scales) {
        int features = means.length;
        double[] z = Arrays.copyOf(standardised(f, means, scales), expanded(features));
        int k = features;
        for (int i = 0; i < features; i++) {
            for (int j = i; j < features; j++) {
                z[k++] = z[i] * z[j];
            }
        }
        return z;
    }

    /** The decision's features for normalised names, or null when either is empty or too long. */
    double[] features(String x, String y) {
        Evidence e = evidence(x, y);
        return e == null ? null : e.features();
    }

    /** The decision's evidence for normalised names, or null when either is empty or too long. */
    Evidence evidence(String x, String y) {
        int n = x.length();
        int m = y.codePointCount(0, y.length());
        if (n == 0 || m == 0 || n > MAX_LETTERS || m > MAX_LETTERS) {
            return null;
        }
        int[] yc = y.codePoints().toArray();
        Path best = viterbi(x, yc);
        double len = n + m;
        double sourceLog = charLog(model.source, model.sourceSymbols, x.codePoints().toArray());
        double targetLog = charLog(model.target, model.targetSymbols, yc);
        double llr = best.score - sourceLog - targetLog;
        double[] base = {best.score / len, llr / len, Math.max(FLOOR, best.worst), best.unseen,
                Math.log((n + 1.0) / (m + 1.0)), llr / 10, (best.score - targetLog) / n, (best.score - sourceLog) / m,
                best.target / best.units, best.worstTarget, best.source / best.units, best.worstSource,
                ruleSimilarity(x, y), ruleDistance(x, y)};
        double[] extra = traceFeatures(best);
        double[] all = Arrays.copyOf(base, model.means.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        if (all.length > BASE_FEATURES) {
            double[] margins = model.margins.features(x, yc);
            System.arraycopy(margins, 0, all, BASE_FEATURES, margins.length);
        }
        return new Evidence(all, units(best));
    }

    /** The units of a path, first first. */
    private List<String> units(Path path) {
        List<String> out = new ArrayList<>();
        for (Trace t = path.trace; t != null; t = t.prev) {
            if (t.sym != BigramModel.BOUNDARY) {
                out.add(0, t.sym < 0 ? "?" : model.units[t.sym - 1]);
            }
        }
        return out;
    }

    /**
     * Features of the best path's steps: insertions and deletions, many-letter units, how typical its first and last
     * units are in both directions, the scores of its first and closing steps, and its second-worst step. Names
     * often go wrong at their ends (Gagosian, Garoyian), which the path's totals average away.
     */
    private double[] traceFeatures(Path best) {
        List<Trace> steps = new ArrayList<>();
        for (Trace t = best.trace; t != null; t = t.prev) {
            steps.add(0, t);
        }
        if (steps.size() < 2) {
            return new double[EXTRA];
        }
        int indels = 0;
        int multi = 0;
        double secondWorst = 0;
        double worst = 0;
        for (Trace t : steps) {
            if (t.sym != BigramModel.BOUNDARY || t != steps.get(steps.size() - 1)) {
                indels += t.a == 0 || t.b == 0 ? 1 : 0;
                multi += t.a > 1 || t.b > 1 ? 1 : 0;
            }
            if (t.step < worst) {
                secondWorst = worst;
                worst = t.step;
            } else if (t.step < secondWorst) {
                secondWorst = t.step;
            }
        }
        Trace first = steps.get(0);
        Trace last = steps.get(steps.size() - 2);
        Trace end = steps.get(steps.size() - 1);
        return new double[]{indels, indels / (double) best.units, multi / (double) best.units,
                conditionalTarget(first), conditionalSource(first), conditionalTarget(last), conditionalSource(last),
                first.step, end.step, Math.max(FLOOR, secondWorst)};
    }

    private double conditionalTarget(Trace t) {
        return t.sym <= 0 ? UNSEEN_CONDITIONAL : model.targetGivenSource[t.sym];
    }

    private double conditionalSource(Trace t) {
        return t.sym <= 0 ? UNSEEN_CONDITIONAL : model.sourceGivenTarget[t.sym];
    }

    private static double charLog(BigramModel lm, Map<Integer, Integer> symbols, int[] cps) {
        double s = 0;
        int prev = BigramModel.BOUNDARY;
        for (int cp : cps) {
            int sym = symbols.getOrDefault(cp, -1);
            s += lm.log(prev, sym);
            prev = sym;
        }
        return s + lm.log(prev, BigramModel.BOUNDARY);
    }

    /**
     * The best path into a lattice cell that ends with a given unit: its joint score and worst step, its unseen
     * units, and the sums and minima of each unit's conditional log-probabilities, log P(target part | source
     * part) and log P(source part | target part), which say how typical each correspondence is.
     */
    private record Path(double score, double worst, int unseen, int units, double target, double worstTarget,
                        double source, double worstSource, Trace trace) {
        static final Path START = new Path(0, 0, 0, 0, 0, 0, 0, 0, null);

        Path extend(double step, int sym, int a, int b, TransliterationModel m) {
            Trace tr = new Trace(sym, a, b, step, trace);
            if (sym == BigramModel.BOUNDARY) {
                return new Path(score + step, Math.min(worst, step), unseen, units, target, worstTarget, source,
                        worstSource, tr);
            }
            double t = sym < 0 ? UNSEEN_CONDITIONAL : m.targetGivenSource[sym];
            double s = sym < 0 ? UNSEEN_CONDITIONAL : m.sourceGivenTarget[sym];
            return new Path(score + step, Math.min(worst, step), unseen + (sym < 0 ? 1 : 0), units + 1, target + t,
                    Math.min(worstTarget, t), source + s, Math.min(worstSource, s), tr);
        }
    }

    /** The steps of a path, last first: unit symbol (-1 unseen, 0 the final boundary), its shape and its score. */
    private record Trace(int sym, int a, int b, double step, Trace prev) {
    }

    private Path viterbi(String x, int[] y) {
        int n = x.length();
        int m = y.length;
        @SuppressWarnings("unchecked")
        Map<Long, Path>[][] cells = new Map[n + 1][m + 1];
        cells[0][0] = new HashMap<>(Map.of(BigramModel.pack(NONE, BigramModel.BOUNDARY), Path.START));
        int maxS = model.config.maxSource();
        int maxT = model.config.maxTarget();
        StringBuilder unit = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                Map<Long, Path> here = cells[i][j];
                if (here == null) {
                    continue;
                }
                for (int a = 0; a <= maxS && i + a <= n; a++) {
                    for (int b = 0; b <= maxT && j + b <= m; b++) {
                        if (!TransliterationTrainer.allowed(a, b)) {
                            continue;
                        }
                        unit.setLength(0);
                        unit.append(x, i, i + a).append(TransliterationModel.SEPARATOR);
                        for (int k = j; k < j + b; k++) {
                            unit.appendCodePoint(y[k]);
                        }
                        Integer sym = model.unitSymbols.get(unit.toString());
                        if (sym == null && (a > 1 || b > 1)) {
                            continue;
                        }
                        step(here, cells, i + a, j + b, sym == null ? -1 : sym, a, b);
                    }
                }
            }
        }
        Path best = null;
        Map<Long, Path> end = cells[n][m];
        if (end == null) {
            return new Path(FLOOR * (n + m), FLOOR, n + m, n + m, FLOOR * (n + m), FLOOR, FLOOR * (n + m), FLOOR,
                    null);
        }
        for (Map.Entry<Long, Path> e : end.entrySet()) {
            double lp = model.joint.log(older(e.getKey()), newer(e.getKey()), BigramModel.BOUNDARY);
            Path p = e.getValue().extend(lp, BigramModel.BOUNDARY, 0, 0, model);
            best = best == null || p.score > best.score ? p : best;
        }
        return best;
    }

    private void step(Map<Long, Path> from, Map<Long, Path>[][] cells, int i, int j, int sym, int a, int b) {
        Map<Long, Path> to = cells[i][j];
        if (to == null) {
            to = new HashMap<>();
            cells[i][j] = to;
        }
        for (Map.Entry<Long, Path> e : from.entrySet()) {
            int previous = newer(e.getKey());
            double lp = sym < 0 ? UNSEEN : model.joint.log(older(e.getKey()), previous, sym);
            Path p = e.getValue().extend(lp, sym, a, b, model);
            // a bigram model's future depends on the last unit only: one state per last unit keeps Viterbi exact
            boolean keepOlder = previous >= 0 && model.joint.hasTrigrams();
            long state = BigramModel.pack(keepOlder ? previous : NONE, sym < 0 ? NONE : sym);
            Path old = to.get(state);
            if (old == null || p.score > old.score) {
                to.put(state, p);
            }
        }
    }

    /** Lattice states are the last two units, packed; {@link #NONE} stands for "no unit" and "unseen unit". */
    private static final int NONE = (1 << 21) - 1;

    private static int older(long state) {
        int s = (int) (state >>> 21);
        return s == NONE ? -1 : s;
    }

    private static int newer(long state) {
        int s = (int) (state & NONE);
        return s == NONE ? -1 : s;
    }
}
