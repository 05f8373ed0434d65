package io.parallax.text.pos;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An averaged-perceptron part-of-speech model: the tag set, one weight per (feature, tag), and the ambiguity
 * classes of frequent words. Weights are stored as floats, only for features that survived training.
 *
 * <p>Immutable and thread-safe. Written by {@link #write} and validated on {@link #read} (magic, sizes).
 */
public final class PerceptronModel {

    static final int MAGIC = 0x50585053; // "PXPS"

    private final List<String> tags;
    private final Map<String, float[]> weights;
    private final Map<String, String> ambiguity;

    PerceptronModel(List<String> tags, Map<String, float[]> weights, Map<String, String> ambiguity) {
        this.tags = List.copyOf(tags);
        this.weights = Map.copyOf(weights);
        this.ambiguity = Map.copyOf(ambiguity);
        for (float[] w : this.weights.values()) {
            if (w.length != this.tags.size()) {
                throw new IllegalArgumentException("weight vectors must have one weight per tag");
            }
        }
    }

    public List<String> tags() {
        return tags;
    }

    /** Number of features with weights. */
    public int featureCount() {
        return weights.size();
    }

    Map<String, String> ambiguity() {
        return ambiguity;
    }

    /** The best tag index for a token's features. */
    int predict(List<String> features) {
        double[] scores = new double[tags.size()];
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int t = 0; t < scores.length; t++) {
                    scores[t] += w[t];
                }
            }
        }
        return best(scores);
    }

    /** Index of the highest score (the first of a tie). */
    static int best(double[] scores) {
        int best = 0;
        for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * The mean of models trained on the same data with different shuffles: scoring with it equals averaging the
     * models' scores (the models are linear), a cheap ensemble.
     *
     * @throws IllegalArgumentException when the models have different tag sets
     */
    static PerceptronModel average(List<PerceptronModel> models) {
        PerceptronModel first = models.get(0);
        Map<String, float[]> sum = new HashMap<>();
        for (PerceptronModel m : models) {
            if (!m.tags.equals(first.tags)) {
                throw new IllegalArgumentException("models with different tag sets cannot be averaged");
            }
            m.weights.forEach((f, w) -> {
                float[] acc = sum.computeIfAbsent(f, k -> new float[w.length]);
                for (int t = 0; t < w.length; t++) {
                    acc[t] += w[t] / models.size();
                }
            });
        }
        return new PerceptronModel(first.tags, sum, first.ambiguity);
    }

    /** Writes the model, gzip-compressed. Does not close the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gzip);
        d.writeInt(MAGIC);
        d.writeInt(tags.size());
        for (String t : tags) {
            d.writeUTF(t);
        }
        d.writeInt(ambiguity.size());
        for (Map.Entry<String, String> e : ambiguity.entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
        d.writeInt(weights.size());
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            d.writeUTF(e.getKey());
            for (float w : e.getValue()) {
                d.writeFloat(w);
            }
        }
        d.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}; {@link IOException} for anything else. */
    public static PerceptronModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        try {
            if (d.readInt() != MAGIC) {
                throw new IOException("not a Parallax POS model (bad magic number)");
            }
            int n = d.readInt();
            if (n < 1 || n > 1000) {
                throw new IOException("invalid POS model: bad tag count " + n);
            }
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tags.add(d.readUTF());
            }
            int a = d.readInt();
            Map<String, String> ambiguity = new HashMap<>(a * 2);
            for (int i = 0; i < a; i++) {
                ambiguity.put(d.readUTF(), d.readUTF());
            }
            int f = d.readInt();
            Map<String, float[]> weights = new HashMap<>(f * 2);
            for (int i = 0; i < f; i++) {
                String key = d.readUTF();
                float[] w = new float[n];
                for (int t = 0; t < n; t++) {
                    w[t] = d.readFloat();
                }
                weights.put(key, w);
            }
            return new PerceptronModel(tags, weights, ambiguity);
        } catch (EOFException e) {
            throw new IOException("POS model file is truncated", e);
        }
    }
}
