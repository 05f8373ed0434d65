package io.parallax.claim;

import io.parallax.link.Strings;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Tells whether two words in related languages are probably the same word ("convoy" / "konvoj", "military" /
 * "militär", "helicopter" / "helikopter"), by comparing spelling skeletons that level the usual orthographic
 * differences of European languages. Stateless and thread-safe.
 */
public final class Cognates {

    /** Words shorter than this are too often accidental look-alikes. */
    static final int MIN_LENGTH = 5;
    static final double MAX_DISTANCE = 0.25;

    private Cognates() {
    }

    /** A spelling skeleton: ASCII, lower case, c/k/q, y/j/i, w/v, z/s, ph/f leveled and doubled letters merged. */
    public static String skeleton(String word) {
        String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace("ph", "f").replace("th", "t").replace("ck", "k").replace("qu", "kv").replace("x", "ks")
                .replace('c', 'k').replace('q', 'k').replace('y', 'i').replace('j', 'i').replace('w', 'v')
                .replace('z', 's');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when both words are long enough and their skeletons nearly match. */
    public static boolean related(String a, String b) {
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) {
            return a.equalsIgnoreCase(b);
        }
        String x = skeleton(a);
        String y = skeleton(b);
        if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        int prefix = commonPrefix(x, y);
        // inflectional endings differ between languages ("militär" / "military"): compare stems generously
        if (prefix >= 5 && prefix >= 0.7 * Math.min(x.length(), y.length())) {
            return true;
        }
        return (double) Strings.levenshtein(x, y) / Math.max(x.length(), y.length()) <= MAX_DISTANCE;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
