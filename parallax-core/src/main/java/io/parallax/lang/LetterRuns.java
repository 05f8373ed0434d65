package io.parallax.lang;

import java.util.Arrays;

/**
 * The letters of a text as the n-gram models see them: lower-cased code points in runs of letters
 * ({@link Character#isLetter}); anything else (spaces, digits, punctuation, combining marks) ends a run. N-grams
 * never cross a run boundary. This matches how Lingua's published models were counted, so that its data and
 * Parallax's own counts can be mixed. Also hashes n-grams: building and scoring must agree on both.
 *
 * <p>Instances are immutable; the static methods are thread-safe.
 */
final class LetterRuns {

    /** Separator between runs in {@link #codePoints()}. */
    static final int BREAK = -1;

    private final int[] cps;
    private final int letters;
    private final int kana;

    private LetterRuns(int[] cps, int letters, int kana) {
        this.cps = cps;
        this.letters = letters;
        this.kana = kana;
    }

    /**
     * @param text     any text
     * @param maxChars stop after this many chars of input (bounds the time on huge inputs)
     */
    static LetterRuns of(CharSequence text, int maxChars) {
        int limit = Math.min(text.length(), maxChars);
        int[] out = new int[limit + 1];
        int n = 0;
        int letters = 0;
        int kana = 0;
        for (int i = 0; i < limit; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                out[n++] = lower(c);
                letters++;
                kana += isKana(c) ? 1 : 0;
            } else if (n > 0 && out[n - 1] != BREAK) {
                out[n++] = BREAK;
            }
        }
        return new LetterRuns(Arrays.copyOf(out, n), letters, kana);
    }

    /** Hiragana, Katakana (with phonetic extensions) and half-width Katakana. */
    private static boolean isKana(int c) {
        return c >= 0x3040 && c <= 0x30FF || c >= 0x31F0 && c <= 0x31FF || c >= 0xFF66 && c <= 0xFF9D;
    }

    private static int lower(int c) {
        int l = Character.toLowerCase(c);
        // Lower-casing must keep a letter a letter (it always does for cased letters).
        return Character.isLetter(l) ? l : c;
    }

    /** Lower-cased letters with {@link #BREAK} between runs. */
    int[] codePoints() {
        return cps;
    }

    int letterCount() {
        return letters;
    }

    /** True when the text is at least ten letters of at most two different letters ("aaaa…", "hahaha"). */
    boolean isRepetitive() {
        if (letters < 10) {
            return false;
        }
        int first = -1;
        int second = -1;
        for (int c : cps) {
            if (c == BREAK || c == first || c == second) {
                continue;
            }
            if (first < 0) {
                first = c;
            } else if (second < 0) {
                second = c;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Letters in a Japanese syllabary (Hiragana or Katakana). */
    int kanaCount() {
        return kana;
    }

    /**
     * How many letters end at position {@code i} without crossing a break, capped at {@code max}: the longest
     * n-gram that ends there.
     */
    static int contextLength(int[] cps, int i, int max) {
        int n = 0;
        while (n < max && i - n >= 0 && cps[i - n] != BREAK) {
            n++;
        }
        return n;
    }

    /** Hash of the n-gram {@code cps[end - n + 1 .. end]}. */
    static long hash(int[] cps, int end, int n) {
        long h = 0xcbf29ce484222325L;
        for (int k = end - n + 1; k <= end; k++) {
            h = (h ^ cps[k]) * 0x100000001b3L;
        }
        return mix(h ^ n);
    }

    /** Hash of an n-gram given as a string of letters (already lower-cased). */
    static long hash(String ngram) {
        int[] cps = ngram.codePoints().toArray();
        return hash(cps, cps.length - 1, cps.length);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
