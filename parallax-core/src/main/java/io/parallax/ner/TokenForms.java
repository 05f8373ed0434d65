package io.parallax.ner;

import java.util.Locale;

/**
 * The views of one token that features read, computed once per token. Tokenisers differ ({@code Putin's} or
 * {@code Putin 's}, {@code Rostov-on-Don} or {@code Rostov- on - Don}, curly or straight quotes), so every view is
 * taken after normalising: typographic quotes and dashes become ASCII, control characters are dropped, and a token
 * is cut to {@link #MAX_CHARS} characters so that a pathological token costs bounded time. Immutable.
 */
final class TokenForms {

    /** Characters of a token that features look at; the rest of a longer token is ignored. */
    static final int MAX_CHARS = 40;

    static final int INIT_CAP = 1;
    static final int ALL_CAPS = 2;
    static final int HAS_DIGIT = 4;
    static final int HAS_LETTER = 8;
    static final int HAS_LOWER = 16;

    /** Normalised token (case kept). */
    final String norm;
    /** Lower-cased {@link #norm}. */
    final String lower;
    /** Character classes with runs collapsed: {@code Xx}, {@code X.X.}, {@code d-d}. */
    final String shape;
    /**
     * The name part of a token that carries a clitic or a joint: {@code putin} for {@code Putin's}, {@code uk} for
     * {@code UK-}, {@code reuters} for {@code REUTERS/Stringer}, {@code netflix} for {@code Netflix-serie},
     * {@code usa} for {@code USA:s}; {@code null} when there is none.
     */
    final String head;
    /** Lower-cased form without a final genitive {@code s} for capitalised words ({@code rysslands}); or null. */
    final String genitiveStem;
    final int flags;

    final long hLower;
    final long hNorm;
    final long hShape;

    TokenForms(String token) {
        this.norm = normalize(token);
        this.lower = norm.toLowerCase(Locale.ROOT);
        this.shape = shape(norm);
        this.flags = flags(norm);
        this.head = head(lower);
        this.genitiveStem = genitiveStem(lower, flags);
        this.hLower = Hash64.of(lower);
        this.hNorm = Hash64.of(norm);
        this.hShape = Hash64.of(shape);
    }

    /** The part a name may match through: the {@link #head} of a clitic or joint, else the {@link #genitiveStem}. */
    String namePart() {
        return head != null ? head : genitiveStem;
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** True for a token that starts with a capital letter (or is all capitals). */
    boolean capitalised() {
        return (flags & INIT_CAP) != 0;
    }

    /** Maps typographic punctuation to ASCII, drops control characters and caps the length. */
    static String normalize(String token) {
        int n = Math.min(token.length(), MAX_CHARS);
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            int m = mapChar(c);
            if (m != c && sb == null) {
                sb = new StringBuilder(n).append(token, 0, i);
            }
            if (sb != null && m >= 0) {
                sb.append((char) m);
            }
        }
        String s = sb != null ? sb.toString() : token.length() > n ? token.substring(0, n) : token;
        return s.isBlank() ? "_" : s;
    }

    /** The ASCII stand-in for typographic punctuation, -1 for characters to drop, else {@code c}. */
    private static int mapChar(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2009', '\u202F' -> ' ';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> -1;
            default -> Character.isISOControl(c) ? -1 : c;
        };
    }

    static String shape(String s) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < s.length() && sb.length() < 12; i++) {
            char c = s.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'l' : c;
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }

    private static int flags(String s) {
        int f = 0;
        boolean upper = false;
        boolean first = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                boolean up = Character.isUpperCase(c);
                f |= HAS_LETTER | (up ? 0 : HAS_LOWER) | (first && up ? INIT_CAP : 0);
                upper |= up;
                first = false;
            } else if (Character.isDigit(c)) {
                f |= HAS_DIGIT;
            }
        }
        return upper && (f & HAS_LOWER) == 0 ? f | ALL_CAPS : f;
    }

    /** See {@link #head}. */
    static String head(String lower) {
        int n = lower.length();
        String h = lower;
        if (n > 3 && (lower.endsWith("'s") || lower.endsWith(":s"))) {
            h = lower.substring(0, n - 2);
        } else if (n > 2 && lower.endsWith("'")) {
            h = lower.substring(0, n - 1);
        }
        int joint = firstJoint(h);
        if (joint > 0) {
            h = h.substring(0, joint);
        }
        return h.equals(lower) || h.isEmpty() ? null : h;
    }

    private static int firstJoint(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '/') {
                return i;
            }
        }
        return s.endsWith("-") ? s.length() - 1 : -1;
    }

    private static String genitiveStem(String lower, int flags) {
        if ((flags & INIT_CAP) == 0 || lower.length() < 4 || !lower.endsWith("s")) {
            return null;
        }
        char before = lower.charAt(lower.length() - 2);
        return Character.isLetter(before) && before != 's' ? lower.substring(0, lower.length() - 1) : null;
    }
}
