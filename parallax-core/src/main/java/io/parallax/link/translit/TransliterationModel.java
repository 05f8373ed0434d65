package io.parallax.link.translit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned model of how Latin-script names are written in one other script: a joint bigram model over
 * many-to-many alignment units ("sch"↔"ш", "j"↔"дж"), character bigram models of each side, and a logistic
 * decision over their scores, with boosted trees on its residual, that says whether two names are the same name.
 *
 * <p>Immutable, validated on load, thread-safe; serialised as gzipped JSON. Train with
 * {@link TransliterationTrainer}, use with {@link TransliterationScorer}.
 */
public final class TransliterationModel {

    static final String FORMAT = "parallax-translit-1";
    static final char SEPARATOR = '\u0001';

    final String script;
    final TransliterationConfig config;
    final String[] units;
    final Map<String, Integer> unitSymbols;
    final BigramModel joint;
    final Map<Integer, Integer> sourceSymbols;
    final BigramModel source;
    final Map<Integer, Integer> targetSymbols;
    final BigramModel target;
    final double[] weights;
    final double[] means;
    final double[] scales;
    final Map<String, Double> heldOut;
    /** Weights of alignment units in the decision (by unit, "?" for an unseen one); empty for older models. */
    final Map<String, Double> unitWeights;
    /** Per unit symbol: log P(target part | source part) and log P(source part | target part). */
    final double[] targetGivenSource;
    final double[] sourceGivenTarget;
    /** The edit-margin features' unit index (used by models with {@link TransliterationScorer#FEATURES}). */
    final EditMargins margins;
    /**
     * Weights of the plausibility gate over the standardised features, bias last: whether the pair can be a
     * transliteration at all, learned against unrelated names. Empty for models without one.
     */
    final double[] gate;
    /** Trees added to the decision's log-odds ({@link BoostedTrees#NONE} for models without them). */
    final BoostedTrees trees;

    TransliterationModel(TransliterationConfig config, String[] units, BigramModel joint,
                         Map<Integer, Integer> sourceSymbols, BigramModel source, Map<Integer, Integer> targetSymbols,
                         BigramModel target, double[] weights, double[] means, double[] scales,
                         Map<String, Double> unitWeights, Map<String, Double> heldOut, double[] gate,
                         BoostedTrees trees) {
        this.config = Objects.requireNonNull(config, "config");
        this.script = config.script();
        this.units = units.clone();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            ids.put(units[i], i + 1);   // symbol 0 is the boundary
        }
        this.unitSymbols = Map.copyOf(ids);
        this.joint = joint;
        this.sourceSymbols = Map.copyOf(sourceSymbols);
        this.source = source;
        this.targetSymbols = Map.copyOf(targetSymbols);
        this.target = target;
        this.weights = weights.clone();
        this.means = means.clone();
        this.scales = scales.clone();
        this.heldOut = Map.copyOf(heldOut);
        this.unitWeights = Map.copyOf(unitWeights);
        this.gate = gate == null ? new double[0] : gate.clone();
        this.trees = trees == null ? BoostedTrees.NONE : trees;
        this.targetGivenSource = new double[units.length + 1];
        this.sourceGivenTarget = new double[units.length + 1];
        conditionals();
        validate();
        this.margins = new EditMargins(this.units, joint, config.maxTarget());
    }

    /** Conditional unit probabilities from the unit counts: how typical each correspondence is. */
    private void conditionals() {
        int[] counts = joint.unigramCounts();
        Map<String, Integer> bySource = new HashMap<>();
        Map<String, Integer> byTarget = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            int c = i + 1 < counts.length ? counts[i + 1] : 0;
            int sep = units[i].indexOf(SEPARATOR);
            bySource.merge(units[i].substring(0, sep), c, Integer::sum);
            byTarget.merge(units[i].substring(sep + 1), c, Integer::sum);
        }
        for (int i = 0; i < units.length; i++) {
            int c = i + 1 < counts.length ? counts[i + 1] : 0;
            int sep = units[i].indexOf(SEPARATOR);
            targetGivenSource[i + 1] = Math.log((c + 0.1) / (bySource.get(units[i].substring(0, sep)) + 1.0));
            sourceGivenTarget[i + 1] = Math.log((c + 0.1) / (byTarget.get(units[i].substring(sep + 1)) + 1.0));
        }
    }

    private void validate() {
        int features = means.length;
        if (features != TransliterationScorer.FEATURES && features != TransliterationScorer.BASE_FEATURES
                || weights.length != TransliterationScorer.expanded(features) + 1 || scales.length != features) {
            throw new IllegalStateException("transliteration model " + script + ": expected "
                    + TransliterationScorer.FEATURES + " (or, older, " + TransliterationScorer.BASE_FEATURES
                    + ") features, found weights=" + weights.length + ", means=" + means.length);
        }
        if (gate.length != 0 && gate.length != features + 1) {
            throw new IllegalStateException("transliteration model " + script + ": gate has " + gate.length
                    + " weights for " + features + " features");
        }
        if (trees.maxFeature() > features) {
            throw new IllegalStateException("transliteration model " + script + ": trees read input "
                    + trees.maxFeature() + " of " + (features + 1));
        }
        for (double s : scales) {
            if (!(s > 0)) {
                throw new IllegalStateException("transliteration model " + script + ": bad feature scale " + s);
            }
        }
    }

    /** The same tables with another decision (used while calibrating). */
    TransliterationModel withDecision(double[] newWeights, double[] newMeans, double[] newScales,
                                      Map<String, Double> newUnitWeights, Map<String, Double> newHeldOut) {
        return new TransliterationModel(config, units, joint, sourceSymbols, source, targetSymbols, target,
                newWeights, newMeans, newScales, newUnitWeights, newHeldOut, gate, trees);
    }

    /** The same model with a plausibility gate ({@link #gate}), and the held-out scores given. */
    TransliterationModel withGate(double[] newGate, Map<String, Double> newHeldOut) {
        return new TransliterationModel(config, units, joint, sourceSymbols, source, targetSymbols, target,
                weights, means, scales, unitWeights, newHeldOut, newGate, trees);
    }

    /** The same model with trees added to its decision, and the held-out scores given. */
    TransliterationModel withTrees(BoostedTrees newTrees, Map<String, Double> newHeldOut) {
        return new TransliterationModel(config, units, joint, sourceSymbols, source, targetSymbols, target,
                weights, means, scales, unitWeights, newHeldOut, gate, newTrees);
    }

    public String script() {
        return script;
    }

    public TransliterationConfig config() {
        return config;
    }

    /** Scores measured on held-out data when the model was trained (for the model card). */
    public Map<String, Double> heldOut() {
        return heldOut;
    }

    /** Number of alignment units. */
    public int units() {
        return units.length;
    }

    /** The serialised form: plain lists and numbers, so that Jackson reads it without annotations. */
    public record Data(String format, TransliterationConfig config, List<String> units, int[] jointUnigrams,
                       long[] jointBigramKeys, int[] jointBigramCounts, long[] jointTrigramKeys,
                       int[] jointTrigramCounts, int[] sourceChars, int[] sourceUnigrams,
                       long[] sourceBigramKeys, int[] sourceBigramCounts, int[] targetChars, int[] targetUnigrams,
                       long[] targetBigramKeys, int[] targetBigramCounts, double[] weights, double[] means,
                       double[] scales, Map<String, Double> heldOut, Map<String, Double> unitWeights,
                       double[] gate, int treeDepth, int[] treeFeatures, double[] treeThresholds,
                       double[] treeLeaves) {
    }

    /** Writes the model, gzipped. The caller closes the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        long[][] jb = joint.bigramCounts();
        long[][] jt = joint.trigramCounts();
        long[][] sb = source.bigramCounts();
        long[][] tb = target.bigramCounts();
        Data d = new Data(FORMAT, config, List.of(units), joint.unigramCounts(), jb[0], ints(jb[1]),
                jt[0], ints(jt[1]),
                inverse(sourceSymbols), source.unigramCounts(), sb[0], ints(sb[1]), inverse(targetSymbols),
                target.unigramCounts(), tb[0], ints(tb[1]), weights, means, scales, heldOut,
                new java.util.TreeMap<>(unitWeights), gate, trees.depth, trees.features, trees.thresholds,
                trees.leaves);
        new ObjectMapper().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(gz, d);
        gz.finish();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException           when the stream cannot be read
     * @throws IllegalStateException when the data is not a valid model
     */
    public static TransliterationModel read(InputStream in) throws IOException {
        Data d = new ObjectMapper().readValue(new GZIPInputStream(in), Data.class);
        if (!FORMAT.equals(d.format())) {
            throw new IllegalStateException("not a transliteration model of format " + FORMAT + ": " + d.format());
        }
        if (d.units().size() + 1 != d.jointUnigrams().length) {
            throw new IllegalStateException("transliteration model: unit table and counts disagree");
        }
        return new TransliterationModel(d.config(), d.units().toArray(String[]::new),
                BigramModel.fromCounts(d.jointUnigrams(), map(d.jointBigramKeys(), d.jointBigramCounts()),
                        d.jointTrigramKeys().length == 0 ? null
                                : map(d.jointTrigramKeys(), d.jointTrigramCounts())),
                symbols(d.sourceChars()),
                BigramModel.fromCounts(d.sourceUnigrams(), map(d.sourceBigramKeys(), d.sourceBigramCounts()), null),
                symbols(d.targetChars()),
                BigramModel.fromCounts(d.targetUnigrams(), map(d.targetBigramKeys(), d.targetBigramCounts()), null),
                d.weights(), d.means(), d.scales(), d.unitWeights() == null ? Map.of() : d.unitWeights(),
                d.heldOut() == null ? Map.of() : d.heldOut(), d.gate(), trees(d));
    }

    /** Loads a model from the class path, or null when there is none for the script. */
    public static TransliterationModel loadResource(String script) {
        String path = "/models/translit/" + script + ".json.gz";
        try (InputStream in = TransliterationModel.class.getResourceAsStream(path)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The trees of the data; none in files written before they were added. */
    private static BoostedTrees trees(Data d) {
        return d.treeLeaves() == null || d.treeLeaves().length == 0 ? BoostedTrees.NONE
                : new BoostedTrees(d.treeDepth(), d.treeFeatures(), d.treeThresholds(), d.treeLeaves());
    }

    private static int[] ints(long[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (int) a[i];
        }
        return out;
    }

    private static LongIntMap map(long[] keys, int[] counts) {
        if (keys.length != counts.length) {
            throw new IllegalStateException("transliteration model: bigram keys and counts disagree");
        }
        LongIntMap m = new LongIntMap(keys.length);
        for (int i = 0; i < keys.length; i++) {
            m.add(keys[i], counts[i]);
        }
        return m;
    }

    /** Code points by symbol: index i holds the code point of symbol i + 1. */
    private static int[] inverse(Map<Integer, Integer> symbols) {
        int[] out = new int[symbols.size()];
        symbols.forEach((cp, sym) -> out[sym - 1] = cp);
        return out;
    }

    private static Map<Integer, Integer> symbols(int[] codePoints) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < codePoints.length; i++) {
            m.put(codePoints[i], i + 1);
        }
        return m;
    }
}
