package io.parallax.link.translit;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int counts, for bigram tables. {@code Long.hashCode} folds the two
 * halves of a (previous, symbol) key with xor, which makes boxed hash maps collide badly; this map mixes the key
 * fully (the SplitMix64 finaliser). Not thread-safe while written; safe to share once filled.
 */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    private static int mix(long k) {
        long z = k + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    int get(long key, int missing) {
        int i = slot(key);
        return keys[i] == key ? values[i] : missing;
    }

    void add(long key, int delta) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int i = slot(key);
        if (keys[i] != key) {
            keys[i] = key;
            size++;
        }
        values[i] += delta;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code f} for every entry, in key order (deterministic output). */
    void forEachSorted(java.util.function.ObjLongConsumer<Integer> f) {
        long[] ks = Arrays.stream(keys).filter(k -> k != EMPTY).sorted().toArray();
        for (long k : ks) {
            f.accept(get(k, 0), k);
        }
    }
}
