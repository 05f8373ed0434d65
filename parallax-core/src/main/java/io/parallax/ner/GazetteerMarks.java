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

    static int[] mark(Gazetteer gazetteer, TokenForms[] f) {
        int[] marks = new int[f.length];
        if (gazetteer.size() == 0) {
            return marks;
        }
        int[] longest = new int[Gazetteer.MAX_CATEGORIES];
        Gazetteer.Keys keys = new Gazetteer.Keys();
        for (int start = 0; start < f.length; start++) {
            if (!alnum(f[start])) {
                continue;
            }
            java.util.Arrays.fill(longest, 0);
            keys.reset();
            int end = Math.min(f.length, start + Gazetteer.MAX_TOKENS);
            for (int j = start; j < end; j++) {
                if (!alnum(f[j])) {
                    continue;
                }
                String alt = f[j].head != null ? f[j].head : f[j].genitiveStem;
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
            apply(marks, longest, start);
        }
        return marks;
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
