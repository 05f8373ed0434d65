package io.parallax.lang;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Collects n-gram probabilities for many languages, from published tables ({@link #put}) or by counting text
 * ({@link #addCounts}), and builds or writes an {@link NgramModel}.
 *
 * <p>Not thread-safe: one builder per build.
 */
public final class NgramModelBuilder {

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<Map<String, short[]>> orders = new ArrayList<>();
    private int[] maxOrder = new int[0];
    private double[] prior = new double[0];
    private Scoring scoring = Scoring.DEFAULT;
    private Calibration calibration = Calibration.IDENTITY;

    public NgramModelBuilder() {
        for (int i = 0; i < NgramModel.MAX_ORDER; i++) {
            orders.add(new HashMap<>());
        }
    }

    /** The id of a language, registering it on first use. */
    public int language(String code) {
        Integer id = ids.get(code);
        if (id == null) {
            if (ids.size() == 255) {
                throw new IllegalStateException("a model holds at most 255 languages");
            }
            id = ids.size();
            ids.put(code, id);
            maxOrder = Arrays.copyOf(maxOrder, id + 1);
            prior = Arrays.copyOf(prior, id + 1);
        }
        return id;
    }

    public List<String> languages() {
        return List.copyOf(ids.keySet());
    }

    /**
     * Sets the conditional log-probability of an n-gram's last letter given the others.
     *
     * @param ngram 1 to {@link NgramModel#MAX_ORDER} lower-case letters
     * @throws IllegalArgumentException for a bad n-gram or a positive log-probability
     */
    public void put(String code, String ngram, double logProbability) {
        int n = ngram.codePointCount(0, ngram.length());
        if (n < 1 || n > NgramModel.MAX_ORDER || !ngram.codePoints().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("bad n-gram '" + ngram + "'");
        }
        if (!(logProbability <= 0)) {
            throw new IllegalArgumentException("log-probability must be <= 0: " + logProbability);
        }
        int id = language(code);
        int q = (int) Math.min(255, Math.round(-logProbability / NgramModel.STEP));
        short posting = (short) (id << 8 | q);
        orders.get(n - 1).merge(ngram, new short[]{posting}, NgramModelBuilder::addPosting);
        maxOrder[id] = Math.max(maxOrder[id], n);
    }

    private static short[] addPosting(short[] existing, short[] added) {
        int lang = added[0] >>> 8 & 0xFF;
        for (int i = 0; i < existing.length; i++) {
            if ((existing[i] >>> 8 & 0xFF) == lang) {
                existing[i] = added[0];
                return existing;
            }
        }
        short[] out = Arrays.copyOf(existing, existing.length + 1);
        out[existing.length] = added[0];
        return out;
    }

    /**
     * Counts the n-grams of texts in one language and adds their maximum-likelihood conditional probabilities
     * ({@code count(n-gram) / count(its first n-1 letters)}; unigrams over all letters).
     *
     * @param minCount n-grams seen fewer times are left out (they back off to shorter ones)
     */
    public void addCounts(String code, Iterable<? extends CharSequence> texts, int minCount) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int i = 0; i < NgramModel.MAX_ORDER; i++) {
            counts.add(new HashMap<>());
        }
        long letters = 0;
        for (CharSequence text : texts) {
            int[] cps = LetterRuns.of(text, Integer.MAX_VALUE).codePoints();
            for (int i = 0; i < cps.length; i++) {
                int len = LetterRuns.contextLength(cps, i, NgramModel.MAX_ORDER);
                letters += len > 0 ? 1 : 0;
                for (int n = 1; n <= len; n++) {
                    counts.get(n - 1).merge(new String(cps, i - n + 1, n), 1, Integer::sum);
                }
            }
        }
        for (int n = 1; n <= NgramModel.MAX_ORDER; n++) {
            Map<String, Integer> lower = n > 1 ? counts.get(n - 2) : null;
            for (Map.Entry<String, Integer> e : counts.get(n - 1).entrySet()) {
                if (e.getValue() < minCount) {
                    continue;
                }
                String g = e.getKey();
                double denominator = lower == null ? letters : lower.get(g.substring(0, g.offsetByCodePoints(0, n - 1)));
                put(code, g, Math.log(e.getValue() / denominator));
            }
        }
    }

    /** Per-language log priors, by language id (missing languages get 0). */
    public NgramModelBuilder priors(double[] logPriors) {
        prior = Arrays.copyOf(logPriors, ids.size());
        return this;
    }

    public NgramModelBuilder scoring(Scoring s) {
        scoring = s;
        return this;
    }

    public NgramModelBuilder calibration(Calibration c) {
        calibration = c;
        return this;
    }

    /** Takes scoring, priors and calibration from a (tuned) model of the same languages. */
    public NgramModelBuilder tuning(NgramModel tuned) {
        if (!tuned.languages().equals(languages())) {
            throw new IllegalArgumentException("the tuned model has other languages");
        }
        return scoring(tuned.scoring()).priors(tuned.priors()).calibration(tuned.calibration());
    }

    /** Builds the model in memory. */
    public NgramModel build() {
        NgramTable[] tables = new NgramTable[NgramModel.MAX_ORDER];
        for (int n = 0; n < NgramModel.MAX_ORDER; n++) {
            Map<String, short[]> order = orders.get(n);
            NgramTable.Builder b = new NgramTable.Builder(order.size(), order.size() * 2);
            order.forEach((ngram, postings) -> b.add(LetterRuns.hash(ngram), postings, postings.length));
            tables[n] = b.build();
        }
        return new NgramModel(languages(), maxOrder, prior, tables, scoring, calibration);
    }

    /** Writes the model, gzip-compressed, in the format {@link NgramModel#read} reads. Does not close the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        CheckedOutputStream checked = new CheckedOutputStream(gzip, new CRC32());
        DataOutputStream data = new DataOutputStream(checked);
        ModelFormat.write(data, languages(), maxOrder, prior, scoring, calibration, orders);
        data.flush();
        data.writeLong(checked.getChecksum().getValue());
        data.flush();
        gzip.finish();
    }
}
