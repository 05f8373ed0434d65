package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists of known names by category (cities, countries, regions, parts of person names …), matched against token
 * sequences in a way that does not depend on tokenisation: a phrase is keyed by the lower-cased letters and digits
 * of its tokens, with punctuation and spaces ignored, so {@code Rostov-on-Don}, {@code Rostov- on - Don} and
 * {@code Rostov - on - Don} all match one entry. Immutable and thread-safe.
 */
public final class Gazetteer {

    /** At most this many categories (bits of a mask). */
    public static final int MAX_CATEGORIES = 8;
    /** Phrases longer than this many tokens are not matched. */
    public static final int MAX_TOKENS = 6;
    /** Mask bit of keys that begin a longer phrase, so that matching stops early where none does. */
    static final int PREFIX = 1 << 15;

    private static final Gazetteer NONE = new Gazetteer(List.of(), new LongIntMap(1));

    private final List<String> categories;
    private final LongIntMap phrases;

    private Gazetteer(List<String> categories, LongIntMap phrases) {
        if (categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("at most " + MAX_CATEGORIES + " categories: " + categories);
        }
        this.categories = List.copyOf(categories);
        this.phrases = phrases;
    }

    public static Gazetteer none() {
        return NONE;
    }

    /**
     * @param categories category names, at most {@link #MAX_CATEGORIES}
     * @param entries    phrase to bit mask of categories (bit {@code i} is {@code categories.get(i)})
     */
    public static Gazetteer of(List<String> categories, Map<String, Integer> entries) {
        LongIntMap map = new LongIntMap(entries.size() * 2);
        entries.forEach((phrase, mask) -> {
            long key = key(phrase);
            if (key != 0) {
                map.put(key, map.get(key, 0) | mask);
                prefixes(phrase, map);
            }
        });
        return new Gazetteer(categories, map);
    }

    /** Marks the keys of a phrase's leading words (split wherever a character is not a letter or digit). */
    private static void prefixes(String phrase, LongIntMap map) {
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        Keys k = new Keys();
        int from = 0;
        for (int i = 0; i <= lower.length(); i++) {
            boolean boundary = i == lower.length() || !Character.isLetterOrDigit(lower.charAt(i));
            if (boundary && i > from) {
                if (i < lower.length()) {
                    long key = k.keyWith(lower.substring(from, i));
                    map.put(key, map.get(key, 0) | PREFIX);
                }
                k.feed(lower.substring(from, i));
            }
            if (boundary) {
                from = i + 1;
            }
        }
    }

    public List<String> categories() {
        return categories;
    }

    public int size() {
        return phrases.size();
    }

    /** The category mask of a phrase, 0 when unknown. */
    public int lookup(String phrase) {
        long key = key(phrase);
        return key == 0 ? 0 : phrases.get(key, 0) & ~PREFIX;
    }

    /**
     * The category mask for a key made with {@link Keys}, with {@link #PREFIX} set when longer phrases start
     * with these letters; 0 when neither.
     */
    int lookup(long key) {
        return phrases.get(key, 0);
    }

    /** The key of a phrase: a hash of its lower-cased letters and digits; 0 when it has none. */
    static long key(String phrase) {
        Keys k = new Keys();
        k.feed(phrase.toLowerCase(java.util.Locale.ROOT));
        return k.key();
    }

    /** Builds a phrase key incrementally, token by token. Not thread-safe. */
    static final class Keys {
        private long h = 0xcbf29ce484222325L;
        private int n;

        void reset() {
            h = 0xcbf29ce484222325L;
            n = 0;
        }

        /** Adds the letters and digits of a lower-cased token. */
        void feed(String lower) {
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    h = (h ^ c) * 0x100000001b3L;
                    n++;
                }
            }
        }

        /** The key of the letters so far, or 0 when there are none. */
        long key() {
            return n == 0 ? 0 : Hash64.mix(h ^ n);
        }

        /** The key of the letters so far followed by those of {@code lower}, without changing this builder. */
        long keyWith(String lower) {
            long saved = h;
            int savedN = n;
            feed(lower);
            long k = key();
            h = saved;
            n = savedN;
            return k;
        }
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(categories.size());
        for (String c : categories) {
            out.writeUTF(c);
        }
        long[] keys = phrases.keys();
        int[] masks = phrases.values();
        out.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.writeLong(keys[i]);
            out.writeShort(masks[i]);
        }
    }

    /** Reads what {@link #write} wrote; rejects bad counts and masks. */
    public static Gazetteer read(DataInput in) throws IOException {
        int nc = in.readInt();
        if (nc < 0 || nc > MAX_CATEGORIES) {
            throw new IOException("bad gazetteer category count " + nc);
        }
        List<String> cats = new ArrayList<>();
        for (int i = 0; i < nc; i++) {
            cats.add(in.readUTF());
        }
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("bad gazetteer size " + n);
        }
        LongIntMap map = new LongIntMap(n);
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            int mask = in.readShort() & 0xFFFF;
            if (mask == 0 || (mask & ~PREFIX) >>> nc != 0) {
                throw new IOException("bad gazetteer mask " + mask);
            }
            map.put(key, mask);
        }
        return new Gazetteer(cats, map);
    }
}
