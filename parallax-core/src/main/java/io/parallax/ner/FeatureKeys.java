package io.parallax.ner;

import java.util.Arrays;

/**
 * Feature keys collected with the score row each one adds to (a token of a sentence, or a distance of a word), so
 * that they are looked up in one batch, which lets the table's cache misses overlap. Grows as needed; reused with
 * {@link #clear}. Not thread-safe.
 */
final class FeatureKeys implements FeatureSink {

    private long[] keys;
    private int[] rows;
    private int size;

    /** @param capacity keys held before the buffer grows */
    FeatureKeys(int capacity) {
        this.keys = new long[Math.max(16, capacity)];
        this.rows = new int[keys.length];
    }

    FeatureKeys clear() {
        size = 0;
        return this;
    }

    @Override
    public void add(int row, long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            rows = Arrays.copyOf(rows, size * 2);
        }
        keys[size] = key;
        rows[size++] = row;
    }

    /**
     * Adds the keys' weights of stages {@code [from, to)} to the rows of {@code scores[stage]}.
     *
     * @param scratch a buffer of {@link StackedWeights#SCRATCH} ints
     */
    void score(StackedWeights weights, float[][] scores, int from, int to, int[] scratch) {
        weights.addAll(keys, rows, size, scores, from, to, scratch);
    }
}
