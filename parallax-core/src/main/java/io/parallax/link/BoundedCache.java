package io.parallax.link;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo of a pure function, for name keys: two generations of at most {@code capacity} entries each.
 * New entries go to the young generation; when it is full it becomes the old one and the former old one is
 * dropped; a hit in the old generation is copied back into the young one. So the cache holds at most
 * {@code 2 × capacity} entries and keeps what was used recently, at the cost of one hash lookup per hit.
 *
 * <p>Thread-safe without locks on the read path. Two threads missing the same key may both compute it, which is
 * harmless because the function is pure: values never depend on the cache's state, so results (and entity ids)
 * are the same with or without it.
 *
 * @param <K> key type (with value-based equals and hashCode)
 * @param <V> value type, never null
 */
final class BoundedCache<K, V> {

    private final int capacity;
    private volatile ConcurrentHashMap<K, V> young;
    private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when {@code capacity < 1} */
    BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.young = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    /** The cached value of {@code key}, computing and remembering it on a miss. */
    V get(K key, Function<? super K, ? extends V> compute) {
        ConcurrentHashMap<K, V> y = young;
        V v = y.get(key);
        if (v != null) {
            return v;
        }
        v = old.get(key);
        if (v == null) {
            v = Objects.requireNonNull(compute.apply(key), "cached value");
        }
        y.put(key, v);
        if (y.size() >= capacity) {
            rotate(y);
        }
        return v;
    }

    private synchronized void rotate(ConcurrentHashMap<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>(Math.min(capacity, 1024));
        }
    }

    /** Entries held now (at most twice the capacity). */
    int size() {
        return young.size() + old.size();
    }
}
