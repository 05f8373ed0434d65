package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How often each word is written with a capital letter where capitals carry meaning (not at the start of a
 * sentence), from unlabelled text: "paradoxically" almost never, "Moscow" almost always. It tells the recogniser
 * whether a capitalised word at the start of a sentence, or in a headline, is a name. Immutable and thread-safe.
 */
public final class CaseLexicon {

    /** Bucket of words the lexicon has not seen. */
    public static final int UNSEEN = 0;
    private static final CaseLexicon NONE = new CaseLexicon(Map.of());

    private final Map<String, Byte> buckets;

    /** @param buckets lower-cased word to bucket, 1 (never capitalised) to 5 (always) */
    public CaseLexicon(Map<String, Byte> buckets) {
        this.buckets = Map.copyOf(buckets);
    }

    public static CaseLexicon none() {
        return NONE;
    }

    /**
     * The bucket of a share of capitalised occurrences: 1 under 2%, 2 under 25%, 3 under 75%, 4 under 98%, 5 above.
     */
    public static byte bucket(int capitalised, int total) {
        double share = total == 0 ? 0 : (double) capitalised / total;
        return (byte) (share < 0.02 ? 1 : share < 0.25 ? 2 : share < 0.75 ? 3 : share < 0.98 ? 4 : 5);
    }

    /** The bucket of a lower-cased word, {@link #UNSEEN} when unknown. */
    public int bucket(String lower) {
        Byte b = buckets.get(lower);
        return b == null ? UNSEEN : b;
    }

    public int size() {
        return buckets.size();
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(buckets.size());
        for (Map.Entry<String, Byte> e : new java.util.TreeMap<>(buckets).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
    }

    /** Reads what {@link #write} wrote; rejects bad counts and buckets. */
    public static CaseLexicon read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad case lexicon size " + n);
        }
        Map<String, Byte> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String w = in.readUTF();
            byte b = in.readByte();
            if (b < 1 || b > 5) {
                throw new IOException("bad case bucket " + b + " for " + w);
            }
            m.put(w, b);
        }
        return new CaseLexicon(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseLexicon c && buckets.equals(c.buckets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(buckets);
    }
}
