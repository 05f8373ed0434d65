package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The weights of one linear-chain stage: for every known feature key, a score per label, and a score per label
 * pair. Scoring is bound by memory access, not arithmetic, so the table is laid out for the cache: each feature
 * occupies one 32-byte slot of an open-addressing table holding its key, a scale, and one signed byte per label
 * (the label's weight divided by the scale), and a small bit filter in front of the table rejects most keys the
 * model does not know without touching the table. Quantising to bytes with a per-feature scale keeps each
 * feature's largest weight exact to within 0.4%. This is the form a model stores and reads; recognisers score with
 * {@link StackedWeights}, which holds every stage's weights for a key in one slot. Immutable once built; safe to
 * share between threads.
 */
final class ChainWeights {

    private static final int N = Labels.COUNT;
    /** Longs per slot: key, then scale (float bits, low half) and 17 label bytes packed from byte 4. */
    private static final int SLOT = 4;
    /**
     * Longs before slot 0. A large array starts at a heap region's boundary and its elements 16 bytes after it;
     * two longs more put every 32-byte slot inside one 64-byte cache line instead of every other one straddling
     * two, which saves a cache miss per lookup for half the features.
     */
    private static final int PAD = 2;

    static {
        // unpack reads labels 12 and up from the slot's last long, which holds at most 8 of them
        if (N < 12 || N > 20) {
            throw new ExceptionInInitializerError("a slot holds 12 to 20 labels, not " + N);
        }
    }

    private final long[] table;
    private final int mask;
    private final KeyFilter filter;
    private final int features;
    private final float[] transitions;

    /**
     * @param keys        feature keys
     * @param weights     {@code [i * COUNT + label]} for {@code keys[i]}
     * @param transitions {@code [prev * COUNT + next]}
     */
    ChainWeights(long[] keys, float[] weights, float[] transitions) {
        if (weights.length != keys.length * N || transitions.length != N * N) {
            throw new IllegalArgumentException("weights do not fit " + keys.length + " features");
        }
        int slots = Integer.highestOneBit(Math.max(4, keys.length * 4 / 3 + 1)) << 1;
        this.table = new long[PAD + slots * SLOT];
        this.mask = slots - 1;
        this.filter = new KeyFilter(keys.length);
        this.features = keys.length;
        this.transitions = transitions.clone();
        for (int i = 0; i < keys.length; i++) {
            insert(keys[i], weights, i * N);
        }
    }

    int features() {
        return features;
    }

    float[] transitions() {
        return transitions.clone();
    }

    /** Adds the weights of {@code key} (if known) to {@code scores[at .. at + COUNT)}. */
    void add(long key, float[] scores, int at) {
        long k = key == 0 ? 1 : key;
        if (filter.mayContain(k)) {
            probe(k, slot(k), scores, at);
        }
    }

    /** Looks {@code k} (non-zero) up from slot {@code first} on and adds its weights when found. */
    private void probe(long k, int first, float[] scores, int at) {
        for (int s = first; ; s = (s + 1) & mask) {
            int base = base(s);
            long found = table[base];
            if (found == k) {
                unpack(base, scores, at);
                return;
            }
            if (found == 0) {
                return;
            }
        }
    }

    /** Label bytes 0–3 share the scale's long, 4–11 fill the next, 12 on the last (see {@link #insert}). */
    private void unpack(int base, float[] scores, int at) {
        long w1 = table[base + 1];
        long w2 = table[base + 2];
        long w3 = table[base + 3];
        float scale = Float.intBitsToFloat((int) w1);
        for (int y = 0; y < 4; y++) {
            scores[at + y] += (byte) (w1 >>> ((y + 4) << 3)) * scale;
        }
        for (int y = 0; y < 8; y++) {
            scores[at + 4 + y] += (byte) (w2 >>> (y << 3)) * scale;
        }
        for (int y = 0; y < N - 12; y++) {
            scores[at + 12 + y] += (byte) (w3 >>> (y << 3)) * scale;
        }
    }

    private void insert(long key, float[] weights, int from) {
        long k = key == 0 ? 1 : key;
        int s = slot(k);
        while (table[base(s)] != 0) {
            if (table[base(s)] == k) {
                throw new IllegalArgumentException("duplicate feature key " + key);
            }
            s = (s + 1) & mask;
        }
        int base = base(s);
        table[base] = k;
        float max = 0;
        for (int y = 0; y < N; y++) {
            max = Math.max(max, Math.abs(weights[from + y]));
        }
        float scale = max == 0 ? 1 : max / 127;
        table[base + 1] = Float.floatToRawIntBits(scale) & 0xFFFFFFFFL;
        for (int y = 0; y < N; y++) {
            long q = Math.round(weights[from + y] / scale) & 0xFFL;
            int b = y + 4;
            table[base + 1 + (b >>> 3)] |= q << ((b & 7) << 3);
        }
        filter.add(k);
    }

    private static int base(int slot) {
        return PAD + slot * SLOT;
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 29)) & mask;
    }

    /** The stored (quantised) weight of a key and label; 0 when the key is unknown. */
    float weight(long key, int label) {
        float[] row = new float[N];
        add(key, row, 0);
        return row[label];
    }

    /** Receives one feature's stored weights: its key, its scale and one byte per label (weight = byte * scale). */
    @FunctionalInterface
    interface EntryVisitor {
        void visit(long key, float scale, byte[] labels);
    }

    /** Visits every feature, in table order; the label array is reused between calls. */
    void forEachEntry(EntryVisitor visitor) {
        byte[] labels = new byte[N];
        for (int base = PAD; base < table.length; base += SLOT) {
            if (table[base] != 0) {
                for (int y = 0; y < N; y++) {
                    int b = y + 4;
                    labels[y] = (byte) (table[base + 1 + (b >>> 3)] >>> ((b & 7) << 3));
                }
                visitor.visit(table[base], Float.intBitsToFloat((int) table[base + 1]), labels);
            }
        }
    }

    /** Writes the features (key, scale and label bytes), then the transitions. */
    void write(DataOutput out) throws IOException {
        out.writeInt(features);
        for (int base = PAD; base < table.length; base += SLOT) {
            if (table[base] != 0) {
                for (int j = 0; j < SLOT; j++) {
                    out.writeLong(table[base + j]);
                }
            }
        }
        for (float t : transitions) {
            out.writeFloat(t);
        }
    }

    /** Reads what {@link #write} wrote; rejects bad counts, scales, keys and non-finite transitions. */
    static ChainWeights read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 20_000_000) {
            throw new IOException("bad feature count " + n);
        }
        long[] keys = new long[n];
        float[] weights = new float[n * N];
        long[] slot = new long[SLOT];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < SLOT; j++) {
                slot[j] = in.readLong();
            }
            keys[i] = slot[0];
            float scale = Float.intBitsToFloat((int) slot[1]);
            if (keys[i] == 0 || !(scale > 0) || !Float.isFinite(scale)) {
                throw new IOException("bad feature entry " + i);
            }
            for (int y = 0; y < N; y++) {
                int b = y + 4;
                weights[i * N + y] = (byte) (slot[1 + (b >>> 3)] >>> ((b & 7) << 3)) * scale;
            }
        }
        float[] transitions = new float[N * N];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
            if (!Float.isFinite(transitions[i])) {
                throw new IOException("non-finite transition weight");
            }
        }
        try {
            return new ChainWeights(keys, weights, transitions);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
