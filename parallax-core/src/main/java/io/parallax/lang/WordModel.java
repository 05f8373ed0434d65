package io.parallax.lang;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A word-unigram language model for a group of closely related languages that character n-grams within words
 * confuse (Danish, Bokmål, Nynorsk, Swedish): the smoothed log-probability of each word in each language. Words
 * are the letter runs of {@link LetterRuns}, so they match how the n-gram model reads text. The identifier adds
 * {@code weight} times the word log-likelihood differences to the group's n-gram scores, for texts of at least
 * {@code minWords} words whose best language is in the group.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordModel {

    static final int MAGIC = 0x50585744; // "PXWD"

    private final List<String> languages;
    private final Map<String, float[]> logProb;
    private final float[] unseen;
    private final double weight;
    private final int minWords;

    WordModel(List<String> languages, Map<String, float[]> logProb, float[] unseen, double weight, int minWords) {
        this.languages = List.copyOf(languages);
        this.logProb = Map.copyOf(logProb);
        this.unseen = unseen.clone();
        this.weight = weight;
        this.minWords = minWords;
    }

    /**
     * Trains word unigram models with add-{@code alpha} smoothing over the union vocabulary.
     *
     * @param texts texts by language (ISO 639-1)
     */
    public static WordModel train(Map<String, ? extends Iterable<String>> texts, double alpha, double weight, int minWords) {
        List<String> languages = new ArrayList<>(texts.keySet());
        languages.sort(null);
        Map<String, int[]> counts = new HashMap<>();
        long[] totals = new long[languages.size()];
        for (int l = 0; l < languages.size(); l++) {
            for (String text : texts.get(languages.get(l))) {
                for (String w : words(text)) {
                    counts.computeIfAbsent(w, k -> new int[languages.size()])[l]++;
                    totals[l]++;
                }
            }
        }
        int vocabulary = counts.size() + 1;
        Map<String, float[]> logProb = new HashMap<>();
        float[] unseen = new float[languages.size()];
        for (int l = 0; l < unseen.length; l++) {
            unseen[l] = (float) Math.log(alpha / (totals[l] + alpha * vocabulary));
        }
        counts.forEach((w, c) -> {
            float[] p = new float[c.length];
            for (int l = 0; l < c.length; l++) {
                p[l] = (float) Math.log((c[l] + alpha) / (totals[l] + alpha * vocabulary));
            }
            logProb.put(w, p);
        });
        return new WordModel(languages, logProb, unseen, weight, minWords);
    }

    /** The same word tables with another weight and minimum length. */
    public WordModel with(double newWeight, int newMinWords) {
        return new WordModel(languages, logProb, unseen, newWeight, newMinWords);
    }

    public List<String> languages() {
        return languages;
    }

    public double weight() {
        return weight;
    }

    public int minWords() {
        return minWords;
    }

    /** Word log-likelihood of the text's words per group language, or null when it has fewer than minWords words. */
    double[] score(int[] codePoints) {
        List<String> words = words(codePoints);
        if (words.size() < minWords) {
            return null;
        }
        double[] s = new double[languages.size()];
        for (String w : words) {
            float[] p = logProb.get(w);
            for (int l = 0; l < s.length; l++) {
                s[l] += p != null ? p[l] : unseen[l];
            }
        }
        return s;
    }

    static List<String> words(String text) {
        return words(LetterRuns.of(text, Integer.MAX_VALUE).codePoints());
    }

    private static List<String> words(int[] cps) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || cps[i] == LetterRuns.BREAK) {
                if (i > start) {
                    out.add(new String(cps, start, i - start));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Writes the model, gzip-compressed. Does not close the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(languages.size());
        for (int l = 0; l < languages.size(); l++) {
            data.writeUTF(languages.get(l));
            data.writeFloat(unseen[l]);
        }
        data.writeDouble(weight);
        data.writeInt(minWords);
        List<String> words = new ArrayList<>(logProb.keySet());
        words.sort(null);
        data.writeInt(words.size());
        for (String w : words) {
            data.writeUTF(w);
            for (float p : logProb.get(w)) {
                data.writeFloat(p);
            }
        }
        data.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}; {@code IOException} for anything else. */
    public static WordModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        try {
            if (data.readInt() != MAGIC) {
                throw new IOException("not a Parallax word model (bad magic number)");
            }
            int n = data.readInt();
            if (n < 2 || n > 255) {
                throw new IOException("invalid word model: bad language count " + n);
            }
            List<String> languages = new ArrayList<>();
            float[] unseen = new float[n];
            for (int l = 0; l < n; l++) {
                languages.add(data.readUTF());
                unseen[l] = data.readFloat();
            }
            double weight = data.readDouble();
            int minWords = data.readInt();
            int words = data.readInt();
            Map<String, float[]> logProb = new HashMap<>(words * 2);
            for (int i = 0; i < words; i++) {
                String w = data.readUTF();
                float[] p = new float[n];
                for (int l = 0; l < n; l++) {
                    p[l] = data.readFloat();
                }
                logProb.put(w, p);
            }
            return new WordModel(languages, logProb, unseen, weight, minWords);
        } catch (EOFException e) {
            throw new IOException("word model file is truncated", e);
        }
    }

    @Override
    public String toString() {
        return "WordModel" + languages + " (" + logProb.size() + " words, weight " + weight + ", min words "
                + minWords + ", unseen " + Arrays.toString(unseen) + ")";
    }
}
