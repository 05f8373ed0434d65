package io.parallax.ner.fallback;

import java.util.Locale;

/**
 * What the rules read of one token, computed once: its text (cut to {@link #MAX_CHARS} characters, control
 * characters dropped), lower case, and its case shape. Immutable.
 */
final class Word {

    /** Characters of a token that the rules look at; longer tokens are cut, so each costs bounded time. */
    static final int MAX_CHARS = 64;

    /** How a token is written. */
    enum Shape {
        /** First letter upper case, some lower case after it: {@code München}. */
        CAPITALISED,
        /** Two or more letters, all upper case: {@code DWD}. */
        UPPER,
        /** First letter lower case. */
        LOWER,
        /** Letters without case (Arabic, Han, Thai …). */
        CASELESS,
        /** No letters: digits, punctuation, symbols. */
        OTHER
    }

    final String text;
    final String lower;
    final Shape shape;
    /** Number of letters. */
    final int letters;

    Word(String token) {
        this.text = clean(token == null ? "" : token);
        this.lower = text.toLowerCase(Locale.ROOT);
        int[] counts = new int[3];
        this.shape = shape(text, counts);
        this.letters = counts[0];
    }

    /** Capitalised or all upper case: the shapes a name may take in a cased script. */
    boolean upperInitial() {
        return shape == Shape.CAPITALISED || shape == Shape.UPPER;
    }

    /** A token that can be part of a name by its shape alone (cased and upper-initial, or caseless). */
    boolean nameShaped() {
        return upperInitial() || shape == Shape.CASELESS;
    }

    /**
     * The dot between the parts of a foreign name written in Chinese or Japanese ("唐纳德·特朗普", "ドナルド・トランプ").
     */
    boolean isNameDot() {
        return text.length() == 1 && "\u00B7\u30FB\u2027\uFF65".indexOf(text.charAt(0)) >= 0;
    }

    boolean isHyphen() {
        return text.length() == 1 && "-\u2010\u2011".indexOf(text.charAt(0)) >= 0;
    }

    /** A period after an abbreviation ("M.", "Dr.") or at the end of a sentence. */
    boolean isPeriod() {
        return text.equals(".");
    }

    private static String clean(String token) {
        int n = Math.min(token.length(), MAX_CHARS);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (c == '\u2019' || c == '\u02BC') {
                sb.append('\'');
            } else if (!Character.isISOControl(c) && c != '\u00AD' && c != '\u200B' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The shape; {@code counts[0]} receives the number of letters. */
    private static Shape shape(String s, int[] counts) {
        int letters = 0;
        int upper = 0;
        int lower = 0;
        Boolean firstUpper = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            boolean up = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean low = Character.isLowerCase(cp);
            upper += up ? 1 : 0;
            lower += low ? 1 : 0;
            if (firstUpper == null && (up || low)) {
                firstUpper = up;
            }
        }
        counts[0] = letters;
        if (letters == 0) {
            return Shape.OTHER;
        }
        if (firstUpper == null) {
            return Shape.CASELESS;
        }
        if (!firstUpper) {
            return Shape.LOWER;
        }
        return lower == 0 && upper >= 2 ? Shape.UPPER : Shape.CAPITALISED;
    }
}
