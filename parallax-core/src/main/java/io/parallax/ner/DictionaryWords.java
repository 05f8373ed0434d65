package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The word forms of a spelling dictionary (for Swedish, every simple form that hunspell-sv generates), each with
 * whether the dictionary writes it in lower case (a common word: {@code polisen}), capitalised (a proper name:
 * {@code Borås}), or both. It tells the recogniser that a capitalised word at the start of a sentence or inside a
 * name is an ordinary word, and that a word no dictionary has is likely a name. Forms are kept as 64-bit hashes of
 * their lower-cased spelling ({@link Hash64#of}), so the table is a few MB. Immutable and thread-safe.
 */
public final class DictionaryWords {

    /** The dictionary has the form in lower case. */
    public static final int COMMON = 1;
    /** The dictionary has the form capitalised. */
    public static final int PROPER = 2;

    private static final DictionaryWords NONE = new DictionaryWords(new long[0], new byte[0]);

    /** The distinct hashes in ascending order, and each one's class: 9 bytes a form, searched by bisection. */
    private final long[] hashes;
    private final byte[] classes;

    /**
     * @param hashes  {@link Hash64#of} of each lower-cased form (in any order; a repeated hash gets the union of
     *                its classes)
     * @param classes per form, {@link #COMMON}, {@link #PROPER} or both
     * @throws IllegalArgumentException for arrays of different lengths or a class outside 1–3
     */
    public DictionaryWords(long[] hashes, byte[] classes) {
        if (hashes.length != classes.length) {
            throw new IllegalArgumentException(hashes.length + " hashes but " + classes.length + " classes");
        }
        for (byte c : classes) {
            if (c < 1 || c > 3) {
                throw new IllegalArgumentException("bad word class " + c);
            }
        }
        Integer[] order = new Integer[hashes.length];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        long[] h = new long[hashes.length];
        byte[] c = new byte[hashes.length];
        int n = 0;
        for (int i : order) {
            if (n > 0 && h[n - 1] == hashes[i]) {
                c[n - 1] |= classes[i];
            } else {
                h[n] = hashes[i];
                c[n++] = classes[i];
            }
        }
        this.hashes = java.util.Arrays.copyOf(h, n);
        this.classes = java.util.Arrays.copyOf(c, n);
    }

    public static DictionaryWords none() {
        return NONE;
    }

    public int size() {
        return hashes.length;
    }

    /** {@link #COMMON}, {@link #PROPER}, both, or 0 for a form the dictionary lacks. */
    public int classOf(long lowerHash) {
        int i = java.util.Arrays.binarySearch(hashes, lowerHash);
        return i < 0 ? 0 : classes[i];
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            out.writeLong(hashes[i]);
            out.writeByte(classes[i]);
        }
    }

    /** Reads what {@link #write} wrote; rejects bad counts and classes. */
    public static DictionaryWords read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 20_000_000) {
            throw new IOException("bad dictionary size " + n);
        }
        long[] hashes = new long[n];
        byte[] classes = new byte[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = in.readLong();
            classes[i] = in.readByte();
        }
        try {
            return new DictionaryWords(hashes, classes);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad dictionary: " + e.getMessage(), e);
        }
    }
}
