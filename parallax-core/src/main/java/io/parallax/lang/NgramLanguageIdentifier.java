package io.parallax.lang;

import io.parallax.model.LanguageGuess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Parallax's language identifier: scores a text under each language's character n-gram model (an {@link
 * NgramModel}) as a proper language model, letter by letter: the conditional probability of each letter given up
 * to four letters before it in the same word, backing off to shorter contexts with a penalty where a language lacks
 * the n-gram, and a floor for letters a language never uses (which restricts candidates by script on its own).
 * One explicit script rule: Japanese needs kana, so Chinese characters alone are Chinese.
 * The best language wins; its softmax probability, calibrated on held-out data, is the confidence.
 *
 * <p>Thread-safe: the model is immutable and every call works on its own arrays. Never throws on any text: text
 * without letters (after removing URLs and e-mail addresses), or ten letters and more made of at most two different
 * letters ("aaaa…", "hahaha"), is {@code und} with confidence 0, and input beyond
 * {@link Scoring#maxChars()} characters is ignored, so time is bounded.
 */
public final class NgramLanguageIdentifier implements LanguageIdentifier {

    private final NgramModel model;
    private final WordModel words;
    /** For each word-model language, its id in the n-gram model. */
    private final int[] wordIds;
    private final boolean[] allowed;
    /** Id of Japanese in the model, or -1. */
    private final int japanese;

    /** An identifier over all of the model's languages, with n-grams only. */
    public NgramLanguageIdentifier(NgramModel model) {
        this(model, null, model.languages());
    }

    /**
     * An identifier restricted to some of the model's languages (codes the model lacks are ignored).
     *
     * @param words a word model that re-ranks a group of close languages, or {@code null}
     * @throws IllegalArgumentException when none of the languages is in the model, or the word model has a
     *                                  language the n-gram model lacks
     */
    public NgramLanguageIdentifier(NgramModel model, WordModel words, Collection<String> languages) {
        this.model = Objects.requireNonNull(model, "model");
        this.words = words;
        this.wordIds = words == null ? new int[0]
                : words.languages().stream().mapToInt(model.languages()::indexOf).toArray();
        if (Arrays.stream(wordIds).anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException("the word model has languages the n-gram model lacks: " + words.languages());
        }
        this.allowed = new boolean[model.languages().size()];
        int n = 0;
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] = languages.contains(model.languages().get(i));
            n += allowed[i] ? 1 : 0;
        }
        if (n == 0) {
            throw new IllegalArgumentException("none of " + languages + " is in the model");
        }
        this.japanese = model.languages().indexOf("ja");
    }

    public NgramModel model() {
        return model;
    }

    /** The word model that re-ranks close languages, if any. */
    public java.util.Optional<WordModel> wordModel() {
        return java.util.Optional.ofNullable(words);
    }

    @Override
    public LanguageGuess identify(CharSequence text) {
        List<LanguageGuess> ranked = rank(text, 1);
        return ranked.isEmpty() ? LanguageGuess.undetermined() : ranked.get(0);
    }

    /**
     * The {@code k} most likely languages, best first. The first has the calibrated confidence; the others their
     * raw softmax probability. Empty for text without letters.
     */
    public List<LanguageGuess> rank(CharSequence text, int k) {
        Scores s = scores(text);
        if (s == null) {
            return List.of();
        }
        Integer[] order = new Integer[s.values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -s.values[i]));
        double[] p = s.softmax(model.scoring().temperature());
        List<LanguageGuess> out = new ArrayList<>(k);
        for (int j = 0; j < Math.min(k, order.length) && !Double.isInfinite(s.values[order[j]]); j++) {
            int lang = order[j];
            double confidence = j == 0 ? model.calibration().apply(p[lang]) : p[lang];
            out.add(new LanguageGuess(model.languages().get(lang), confidence));
        }
        return out;
    }

    /**
     * The score of each language, by its index in {@link NgramModel#languages()}: the text's log-likelihood under
     * the language plus its log prior, and which languages contend for the confidence. {@code null} for text
     * without letters. For tuning and diagnostics.
     */
    public Scores scores(CharSequence text) {
        Scoring sc = model.scoring();
        CharSequence head = text.length() > sc.maxChars() ? text.subSequence(0, sc.maxChars()) : text;
        LetterRuns runs = LetterRuns.of(Texts.stripNonLinguistic(head), sc.maxChars());
        if (runs.letterCount() == 0 || runs.isRepetitive()) {
            return null;
        }
        int languages = allowed.length;
        double[] score = new double[languages];
        for (int l = 0; l < languages; l++) {
            score[l] = model.prior(l);
        }
        int[] stamp = new int[languages];
        Arrays.fill(stamp, -1);
        int[] unseen = new int[languages];
        int[] cps = runs.codePoints();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] != LetterRuns.BREAK) {
                scorePosition(cps, i, score, stamp, unseen);
            }
        }
        boolean[] possible = allowed.clone();
        // Script rule: Japanese text has kana; Chinese characters alone are Chinese (Japanese shares them).
        if (japanese >= 0 && runs.kanaCount() == 0) {
            possible[japanese] = false;
        }
        for (int l = 0; l < languages; l++) {
            if (!possible[l]) {
                score[l] = Double.NEGATIVE_INFINITY;
            }
        }
        rerankGroup(cps, score);
        return new Scores(score, contenders(possible, unseen, runs.letterCount()));
    }

    /**
     * Script restriction of the confidence: a language that lacks more of the text's letters than the best-fitting
     * possible language does (beyond one in ten, for names and loan words) takes no share of the softmax. Ranking
     * is left to the scores, whose floor for unseen letters already penalises such languages.
     */
    private static boolean[] contenders(boolean[] possible, int[] unseen, int letters) {
        int fewest = Integer.MAX_VALUE;
        for (int l = 0; l < possible.length; l++) {
            fewest = possible[l] ? Math.min(fewest, unseen[l]) : fewest;
        }
        boolean[] out = new boolean[possible.length];
        for (int l = 0; l < possible.length; l++) {
            out[l] = possible[l] && unseen[l] <= fewest + letters / 10;
        }
        return out;
    }

    /**
     * When the best language belongs to the word model's group, adds the weighted word log-likelihood of each group
     * language relative to the group's best, so that group languages can only lose ground to each other.
     */
    private void rerankGroup(int[] cps, double[] score) {
        if (words == null || !inGroup(argmax(score))) {
            return;
        }
        double[] w = words.score(cps);
        if (w == null) {
            return;
        }
        double best = Arrays.stream(w).max().orElse(0);
        for (int g = 0; g < wordIds.length; g++) {
            score[wordIds[g]] += words.weight() * (w[g] - best);
        }
    }

    private boolean inGroup(int language) {
        for (int id : wordIds) {
            if (id == language) {
                return true;
            }
        }
        return false;
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Adds, for every language, the log-probability of the letter at {@code i} given its context. */
    private void scorePosition(int[] cps, int i, double[] score, int[] stamp, int[] unseen) {
        Scoring sc = model.scoring();
        int k = LetterRuns.contextLength(cps, i, NgramModel.MAX_ORDER);
        for (int n = k; n >= 1; n--) {
            NgramTable table = model.table(n);
            int slot = table.find(LetterRuns.hash(cps, i, n));
            if (slot < 0) {
                continue;
            }
            int start = table.postingStart(slot);
            int end = start + table.postingCount(slot);
            for (int j = start; j < end; j++) {
                short posting = table.posting(j);
                int lang = posting >>> 8 & 0xFF;
                if (stamp[lang] != i) {
                    stamp[lang] = i;
                    int reachable = Math.min(k, model.maxOrder(lang));
                    score[lang] += NgramModel.logProbability(posting) + (reachable - n) * sc.backoff();
                }
            }
        }
        for (int l = 0; l < score.length; l++) {
            if (stamp[l] != i) {
                score[l] += sc.unseen();
                unseen[l]++;
            }
        }
    }

    /**
     * Scores of one text.
     *
     * @param values     per language (index in the model): log prior plus log-likelihood; negative infinity for
     *                   languages ruled out (not allowed, or by the kana rule)
     * @param contenders the languages that share the confidence (see the script restriction)
     */
    public record Scores(double[] values, boolean[] contenders) {

        /** The index of the best language. */
        public int best() {
            return argmax(values);
        }

        /** Softmax of the scores over the contenders (and the best language) at a temperature. */
        public double[] softmax(double temperature) {
            int top = best();
            double max = values[top];
            double[] p = new double[values.length];
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                boolean counts = (contenders[i] || i == top) && !Double.isInfinite(values[i]);
                p[i] = counts ? Math.exp((values[i] - max) / temperature) : 0;
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) {
                p[i] /= sum;
            }
            return p;
        }

        /** The scores with a prior added to each language. */
        public Scores plus(double[] priors) {
            double[] v = values.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += priors[i];
            }
            return new Scores(v, contenders);
        }
    }
}
