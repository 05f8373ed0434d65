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

    private final LongIntMap classes;
    private final int size;

    /**
     * @param hashes  {@link Hash64#of} of each lower-cased form
     * @param classes per form, {@link #COMMON}, {@link #PROPER} or both
     * @throws IllegalArgumentException for arrays of different lengths or a class outside 1–3
     */
    public DictionaryWords(long[] hashes, byte[] classes) {
        if (hashes.length != classes.length) {
            throw new IllegalArgumentException(hashes.length + " hashes but " + classes.length + " classes");
        }
        this.classes = new LongIntMap(Math.max(16, hashes.length));
        for (int i = 0; i < hashes.length; i++) {
            if (classes[i] < 1 || classes[i] > 3) {
                throw new IllegalArgumentException("bad word class " + classes[i]);
            }
            this.classes.put(hashes[i], this.classes.get(hashes[i], 0) | classes[i]);
        }
        this.size = this.classes.size();
    }

    public static DictionaryWords none() {
        return NONE;
    }

    public int size() {
        return size;
    }

    /** {@link #COMMON}, {@link #PROPER}, both, or 0 for a form the dictionary lacks. */
    public int classOf(long lowerHash) {
        return size == 0 ? 0 : classes.get(lowerHash, 0);
    }

    public void write(DataOutput out) throws IOException {
        long[] keys = classes.keys();
        int[] values = classes.values();
        out.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeLong(keys[i]);
            out.writeByte(values[i]);
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
