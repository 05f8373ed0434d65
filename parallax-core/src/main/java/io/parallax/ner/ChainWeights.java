package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The weights of one linear-chain stage: for every known feature key, a score per label, and a score per label
 * pair. Immutable once built; safe to share between threads.
 */
final class ChainWeights {

    private static final int N = Labels.COUNT;

    private final LongIntMap index;
    private final float[] weights;
    private final float[] transitions;

    /**
     * @param index       feature key to row
     * @param weights     {@code [row * COUNT + label]}
     * @param transitions {@code [prev * COUNT + next]}
     */
    ChainWeights(LongIntMap index, float[] weights, float[] transitions) {
        if (weights.length != index.size() * N || transitions.length != N * N) {
            throw new IllegalArgumentException("weights do not fit " + index.size() + " features");
        }
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    int features() {
        return index.size();
    }

    float[] transitions() {
        return transitions.clone();
    }

    /** A sink that adds the weights of each feature to its token's row of {@code scores}. */
    FeatureSink scorer(float[] scores) {
        return (token, key) -> {
            int row = index.get(key, -1);
            if (row >= 0) {
                int w = row * N;
                int s = token * N;
                for (int y = 0; y < N; y++) {
                    scores[s + y] += weights[w + y];
                }
            }
        };
    }

    /** Writes the table sparsely: each feature's key, then its non-zero label weights. */
    void write(DataOutput out) throws IOException {
        long[] keys = index.keys();
        int[] rows = index.values();
        out.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeLong(keys[i]);
            writeRow(out, rows[i] * N);
        }
        for (float t : transitions) {
            out.writeFloat(t);
        }
    }

    private void writeRow(DataOutput out, int base) throws IOException {
        int mask = 0;
        for (int y = 0; y < N; y++) {
            mask |= weights[base + y] != 0 ? 1 << y : 0;
        }
        out.writeInt(mask);
        for (int y = 0; y < N; y++) {
            if (weights[base + y] != 0) {
                out.writeFloat(weights[base + y]);
            }
        }
    }

    /** Reads what {@link #write} wrote; rejects bad counts, masks and non-finite weights. */
    static ChainWeights read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("bad feature count " + n);
        }
        LongIntMap index = new LongIntMap(n);
        float[] weights = new float[n * N];
        for (int row = 0; row < n; row++) {
            index.put(in.readLong(), row);
            int mask = in.readInt();
            if (mask >>> N != 0) {
                throw new IOException("bad label mask " + mask);
            }
            for (int y = 0; y < N; y++) {
                if ((mask & 1 << y) != 0) {
                    weights[row * N + y] = finite(in.readFloat());
                }
            }
        }
        if (index.size() != n) {
            throw new IOException("duplicate feature keys");
        }
        float[] transitions = new float[N * N];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = finite(in.readFloat());
        }
        return new ChainWeights(index, weights, transitions);
    }

    private static float finite(float f) throws IOException {
        if (!Float.isFinite(f)) {
            throw new IOException("non-finite weight");
        }
        return f;
    }
}
