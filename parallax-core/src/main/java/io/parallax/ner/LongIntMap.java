package io.parallax.ner;

/**
 * An open-addressing map from non-zero {@code long} keys to {@code int} values, for feature tables. Growable while
 * it is being filled; safe for concurrent reads once no thread writes any more.
 */
final class LongIntMap {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long k = key == EMPTY ? 1 : key;
        for (int i = slot(k); ; i = (i + 1) & mask) {
            long found = keys[i];
            if (found == k) {
                return values[i];
            }
            if (found == EMPTY) {
                return missing;
            }
        }
    }

    /** Sets the value of {@code key}. */
    void put(long key, int value) {
        long k = key == EMPTY ? 1 : key;
        int i = slot(k);
        while (keys[i] != EMPTY && keys[i] != k) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = k;
            if (++size * 2 > keys.length) {
                values[i] = value;
                grow();
                return;
            }
        }
        values[i] = value;
    }

    /** Adds {@code delta} to the value of {@code key} (absent keys count as 0) and returns the new value. */
    int add(long key, int delta) {
        int v = get(key, 0) + delta;
        put(key, v);
        return v;
    }

    /** Calls {@code action} for every entry. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    /** The keys, in slot order; {@link #values()} is parallel. */
    long[] keys() {
        long[] out = new long[size];
        int j = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                out[j++] = k;
            }
        }
        return out;
    }

    /** The values, parallel to {@link #keys()}. */
    int[] values() {
        int[] out = new int[size];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    /** One entry of the map. */
    @FunctionalInterface
    interface Entry {
        void accept(long key, int value);
    }

    /** Keys are hashes already, so folding the high bits in spreads them well enough. */
    private int slot(long k) {
        return (int) (k ^ (k >>> 29)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
