package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hierarchical word clusters (Brown clusters): each known word has a bit path from the root of a binary merge tree,
 * so that path prefixes give clusters at several granularities. Immutable and thread-safe.
 *
 * <p>Kept compact, because a model may hold hundreds of thousands of words (clusters of pretrained vectors): the
 * words are packed as UTF-8 in one array, and an open-addressing table maps each word's 64-bit hash to its index.
 * That takes about a third of the heap of a map of strings to boxed paths. Two words with the same 64-bit hash would
 * share the first one's path; among a million words that happens with odds of about 1 in 30 million.
 * ({@link LongIntMap} does the same job for feature tables but keeps its load under a half, which for the 341,479
 * words of the vector clusters would double this table: 6 MB more per model, against a heap bar with 19 MB to
 * spare.)
 */
public final class WordClusters {

    /** Paths are cut to this depth. */
    public static final int MAX_DEPTH = 62;

    private static final WordClusters NONE = new WordClusters(Map.of());

    /** The words, UTF-8, one after another: word {@code i} is {@code text[offsets[i], offsets[i + 1])}. */
    private final byte[] text;
    private final int[] offsets;
    /** Word {@code i}'s path. */
    private final long[] paths;
    /** Hash table: slot to word hash, and slot to word index ({@code -1} for an empty slot). */
    private final long[] slotHash;
    private final int[] slotWord;
    /** The longest path's depth in bits. */
    private final int depth;

    /** @param paths word to path, the path as {@code 1} followed by its bits (so {@code 0b1_011} is path "011") */
    public WordClusters(Map<String, Long> paths) {
        int n = paths.size();
        this.paths = new long[n];
        this.offsets = new int[n + 1];
        int slots = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
        this.slotHash = new long[slots];
        this.slotWord = new int[slots];
        java.util.Arrays.fill(slotWord, -1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(n * 8);
        int i = 0;
        for (Map.Entry<String, Long> e : paths.entrySet()) {
            byte[] b = e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            bytes.write(b, 0, b.length);
            offsets[i + 1] = offsets[i] + b.length;
            this.paths[i] = e.getValue();
            insert(Hash64.of(e.getKey()), i);
            i++;
        }
        this.text = bytes.toByteArray();
        this.depth = java.util.Arrays.stream(this.paths).mapToInt(WordClusters::depthOf).max().orElse(0);
    }

    private static int depthOf(long path) {
        return 63 - Long.numberOfLeadingZeros(path);
    }

    private void insert(long hash, int word) {
        int s = slotOf(hash);
        if (slotWord[s] < 0) {
            slotHash[s] = hash;
            slotWord[s] = word;
        }
    }

    /** The slot that holds {@code hash}, or the empty slot where it would go. */
    private int slotOf(long hash) {
        int mask = slotWord.length - 1;
        int s = (int) (hash ^ hash >>> 32) & mask;
        while (slotWord[s] >= 0 && slotHash[s] != hash) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The path of a word exactly as written, or 0. */
    private long lookup(String word) {
        return pathOfHash(Hash64.of(word));
    }

    /**
     * The path of the word whose {@link Hash64#of} is {@code hash}, for callers that hold that hash already (the
     * lower-cased token's, {@link TokenForms#hLower}); 0 when unknown.
     */
    long pathOfHash(long hash) {
        int w = slotWord[slotOf(hash)];
        return w < 0 ? 0 : paths[w];
    }

    private String word(int i) {
        return new String(text, offsets[i], offsets[i + 1] - offsets[i], java.nio.charset.StandardCharsets.UTF_8);
    }

    public static WordClusters none() {
        return NONE;
    }

    public int size() {
        return paths.length;
    }

    /** The depth in bits of the longest path (0 when there are no words). */
    public int depth() {
        return depth;
    }

    /** The clustered words, as written: a read-only view. */
    public java.util.Set<String> words() {
        return new java.util.AbstractSet<>() {
            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.stream.IntStream.range(0, paths.length).mapToObj(WordClusters.this::word)
                        .iterator();
            }

            @Override
            public int size() {
                return paths.length;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof String w && lookup(w) != 0;
            }
        };
    }

    /**
     * The path of a word, trying it as written, then lower-cased, then capitalised (so that headline capitals find
     * the clusters of ordinary text); 0 when unknown.
     */
    public long path(String word) {
        long p = lookup(word);
        if (p == 0) {
            String lower = word.toLowerCase(Locale.ROOT);
            p = lookup(lower);
            if (p == 0 && !lower.isEmpty()) {
                p = lookup(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            }
        }
        return p;
    }

    /** The path of a word exactly as written (for clusters of lower-cased words); 0 when unknown. */
    public long exactPath(String word) {
        return lookup(word);
    }

    /** The first {@code bits} bits of a path (the whole path if shorter), in the same encoding; 0 stays 0. */
    public static long prefix(long path, int bits) {
        if (path == 0) {
            return 0;
        }
        int depth = depthOf(path);
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
        out.writeInt(paths.length);
        for (int i = 0; i < paths.length; i++) {
            out.writeUTF(word(i));
            out.writeLong(paths[i]);
        }
    }

    /** Reads what {@link #write} wrote; rejects a negative size or a zero path. */
    public static WordClusters read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad cluster count " + n);
        }
        Map<String, Long> paths = new java.util.LinkedHashMap<>(n * 2);
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

    /** Equal when both map the same words to the same paths. */
    @Override
    public boolean equals(Object o) {
        return o instanceof WordClusters w && w.size() == size() && asMap().equals(w.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    private Map<String, Long> asMap() {
        Map<String, Long> m = new HashMap<>(paths.length * 2);
        for (int i = 0; i < paths.length; i++) {
            m.putIfAbsent(word(i), paths[i]);
        }
        return m;
    }
}
