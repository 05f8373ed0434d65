package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Hierarchical word clusters (Brown clusters): each known word has a bit path from the root of a binary merge tree,
 * so that path prefixes give clusters at several granularities. Immutable and thread-safe.
 */
public final class WordClusters {

    /** Paths are cut to this depth. */
    public static final int MAX_DEPTH = 62;

    private static final WordClusters NONE = new WordClusters(Map.of());

    private final Map<String, Long> paths;

    /** @param paths word to path, the path as {@code 1} followed by its bits (so {@code 0b1_011} is path "011") */
    public WordClusters(Map<String, Long> paths) {
        this.paths = Map.copyOf(paths);
    }

    public static WordClusters none() {
        return NONE;
    }

    public int size() {
        return paths.size();
    }

    /** The clustered words, as written. */
    public java.util.Set<String> words() {
        return paths.keySet();
    }

    /**
     * The path of a word, trying it as written, then lower-cased, then capitalised (so that headline capitals find
     * the clusters of ordinary text); 0 when unknown.
     */
    public long path(String word) {
        Long p = paths.get(word);
        if (p == null) {
            String lower = word.toLowerCase(Locale.ROOT);
            p = paths.get(lower);
            if (p == null && !lower.isEmpty()) {
                p = paths.get(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            }
        }
        return p == null ? 0 : p;
    }

    /** The path of a word exactly as written (for clusters of lower-cased words); 0 when unknown. */
    public long exactPath(String word) {
        Long p = paths.get(word);
        return p == null ? 0 : p;
    }

    /** The first {@code bits} bits of a path (the whole path if shorter), in the same encoding; 0 stays 0. */
    public static long prefix(long path, int bits) {
        if (path == 0) {
            return 0;
        }
        int depth = 63 - Long.numberOfLeadingZeros(path);
        return depth <= bits ? path : path >>> (depth - bits);
    }

    /** Encodes a path string of '0' and '1' characters. */
    public static long encode(String bits) {
        long p = 1;
        for (int i = 0; i < Math.min(bits.length(), MAX_DEPTH); i++) {
            p = p << 1 | (bits.charAt(i) == '1' ? 1 : 0);
        }
        return p;
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(paths.size());
        for (Map.Entry<String, Long> e : paths.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    /** Reads what {@link #write} wrote; rejects a negative size or a zero path. */
    public static WordClusters read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad cluster count " + n);
        }
        Map<String, Long> paths = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String w = in.readUTF();
            long p = in.readLong();
            if (p <= 0) {
                throw new IOException("bad cluster path for " + w);
            }
            paths.put(w, p);
        }
        return new WordClusters(paths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordClusters w && paths.equals(w.paths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paths);
    }
}
