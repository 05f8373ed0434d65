package io.parallax.link;

import java.util.LinkedHashSet;
import java.util.Set;

/** String distances for name keys. Stateless. */
public final class Strings {

    /** Keys longer than this get no deletion neighbourhood: fuzzy matching is for names, not paragraphs. */
    static final int MAX_FUZZY_LENGTH = 60;

    private Strings() {
    }

    /** The string itself and every string one character shorter (the neighbourhood for edit distance 1). */
    static Set<String> deletions(String s) {
        Set<String> out = new LinkedHashSet<>();
        out.add(s);
        if (s.length() > MAX_FUZZY_LENGTH) {
            return out;
        }
        for (int i = 0; i < s.length(); i++) {
            out.add(s.substring(0, i) + s.substring(i + 1));
        }
        return out;
    }

    /** Levenshtein distance. */
    public static int levenshtein(String a, String b) {
        return levenshtein(a, b, Integer.MAX_VALUE - 1);
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    public static int levenshtein(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1 − distance / longer length, in [0, 1]. */
    public static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) levenshtein(a, b, longer) / longer;
    }
}
