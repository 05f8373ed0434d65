package io.parallax.ner;

/**
 * 64-bit hashing of strings and feature keys, stable across JVMs and releases (the keys are stored in model
 * files). FNV-1a over UTF-16 units, finished with the MurmurHash3 mixer.
 */
public final class Hash64 {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    /** The hash of a whole string. */
    public static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** The hash of {@code s[from, to)}. */
    public static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return mix(h ^ (to - from));
    }

    /** Combines two hashes; order matters. */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    /** MurmurHash3's 64-bit finaliser. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
