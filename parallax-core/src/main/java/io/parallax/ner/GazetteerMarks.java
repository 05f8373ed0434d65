package io.parallax.ner;

/**
 * Marks which tokens of a sentence lie in a gazetteer phrase: for every category, the longest phrase starting at
 * each token, with the token's place in it (B, I, L, or U for a one-token phrase). A mark is a bit set with bit
 * {@code 4 * category + position}. A phrase's last token may also match through its name part ({@code Russia's},
 * {@code Rysslands}). Stateless.
 */
final class GazetteerMarks {

    private GazetteerMarks() {
    }

    /**
     * What a phrase starting at this token finds from the token alone, which depends on the word only and so can be
     * kept with it: the lookup of the word as a phrase (its categories, and {@link Gazetteer#PREFIX} when longer
     * phrases start with it) in the high 32 bits, the categories of its name part ({@code Russia's}) in the low 32.
     */
    static long start(Gazetteer gazetteer, TokenForms t) {
        if (gazetteer.size() == 0 || !alnum(t)) {
            return 0;
        }
        Gazetteer.Keys keys = new Gazetteer.Keys();
        String alt = t.namePart();
        int altMask = alt == null ? 0 : gazetteer.lookup(keys.keyWith(alt)) & ~Gazetteer.PREFIX;
        keys.feed(t.lower);
        return (long) gazetteer.lookup(keys.key()) << 32 | altMask & 0xFFFFFFFFL;
    }

    /** The marks of a sentence, looking up every token's {@link #start}. */
    static int[] mark(Gazetteer gazetteer, TokenForms[] f) {
        long[] starts = new long[f.length];
        for (int i = 0; i < f.length; i++) {
            starts[i] = start(gazetteer, f[i]);
        }
        return mark(gazetteer, f, starts);
    }

    /**
     * The marks of a sentence.
     *
     * @param starts each token's {@link #start}
     */
    static int[] mark(Gazetteer gazetteer, TokenForms[] f, long[] starts) {
        int[] marks = new int[f.length];
        if (gazetteer.size() == 0) {
            return marks;
        }
        int[] longest = new int[Gazetteer.MAX_CATEGORIES];
        Gazetteer.Keys keys = new Gazetteer.Keys();
        for (int start = 0; start < f.length; start++) {
            int mask = (int) (starts[start] >>> 32);
            int altMask = (int) starts[start];
            if (mask == 0 && altMask == 0) {
                continue; // most words: no phrase of one word, and none longer starts here
            }
            java.util.Arrays.fill(longest, 0);
            record(longest, altMask, 1);
            record(longest, mask & ~Gazetteer.PREFIX, 1);
            if ((mask & Gazetteer.PREFIX) != 0) {
                keys.reset();
                keys.feed(f[start].lower);
                extend(gazetteer, f, start, keys, longest);
            }
            apply(marks, longest, start);
        }
        return marks;
    }

    /** Records the longer phrases from {@code start}, whose first word {@code keys} holds. */
    private static void extend(Gazetteer gazetteer, TokenForms[] f, int start, Gazetteer.Keys keys, int[] longest) {
        int end = Math.min(f.length, start + Gazetteer.MAX_TOKENS);
        for (int j = start + 1; j < end; j++) {
            if (!alnum(f[j])) {
                continue;
            }
            String alt = f[j].namePart();
            if (alt != null) {
                record(longest, gazetteer.lookup(keys.keyWith(alt)) & ~Gazetteer.PREFIX, j - start + 1);
            }
            keys.feed(f[j].lower);
            int mask = gazetteer.lookup(keys.key());
            record(longest, mask & ~Gazetteer.PREFIX, j - start + 1);
            if ((mask & Gazetteer.PREFIX) == 0) {
                break;
            }
        }
    }

    /** The categories present in a mark, as a bit set with bit {@code category}. */
    static int categories(int mark) {
        int out = 0;
        for (int c = 0; c < Gazetteer.MAX_CATEGORIES; c++) {
            if ((mark >>> (4 * c) & 0xF) != 0) {
                out |= 1 << c;
            }
        }
        return out;
    }

    private static void record(int[] longest, int mask, int length) {
        for (int c = 0; mask != 0; c++, mask >>>= 1) {
            if ((mask & 1) != 0) {
                longest[c] = length;
            }
        }
    }

    private static void apply(int[] marks, int[] longest, int start) {
        for (int c = 0; c < longest.length; c++) {
            int len = longest[c];
            if (len == 1) {
                marks[start] |= bit(c, Labels.U);
            } else if (len > 1) {
                marks[start] |= bit(c, Labels.B);
                for (int k = start + 1; k < start + len - 1; k++) {
                    marks[k] |= bit(c, Labels.I);
                }
                marks[start + len - 1] |= bit(c, Labels.L);
            }
        }
    }

    private static int bit(int category, int position) {
        return 1 << (4 * category + position);
    }

    private static boolean alnum(TokenForms t) {
        return t.is(TokenForms.HAS_LETTER) || t.is(TokenForms.HAS_DIGIT);
    }
}
