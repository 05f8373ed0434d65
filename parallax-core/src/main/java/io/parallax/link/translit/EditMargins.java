package io.parallax.link.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much better the target name fits a Latin name one or two letters away than the Latin name itself: the best
 * alignment score under the context-free unit model, with up to two free edits (a letter substituted, inserted or
 * deleted) on the Latin side. A name that is the writing of the target is usually (nearly) the best fit around it;
 * a similar but different name (Gurovich for Гуревич, Moiseyev for Моисеева) is beaten by its neighbour. Edits use
 * only units seen {@link #MIN_COUNT} times or more, so that they move towards typical spellings.
 *
 * <p>Immutable and thread-safe once built. Time grows with the product of the two lengths and the number of units
 * per target part.
 */
final class EditMargins {

    /** Number of features: the context-free best score per letter, then the gains of one and two edits. */
    static final int FEATURES = 3;
    private static final int MIN_COUNT = 5;
    private static final int MAX_EDITS = 2;
    private static final double UNSEEN = -14.0;

    private final Map<String, Unit[]> byTarget;
    private final int maxTarget;

    private record Unit(String source, double logp, boolean common) {
    }

    /**
     * @param units     the model's units ({@code source SEPARATOR target}), symbol i + 1 at index i
     * @param joint     the joint unit model, whose unigram counts give each unit's probability
     * @param maxTarget most target characters of a unit
     */
    EditMargins(String[] units, BigramModel joint, int maxTarget) {
        this.maxTarget = maxTarget;
        int[] counts = joint.unigramCounts();
        Map<String, List<Unit>> m = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            int sep = units[i].indexOf(TransliterationModel.SEPARATOR);
            int c = i + 1 < counts.length ? counts[i + 1] : 0;
            m.computeIfAbsent(units[i].substring(sep + 1), k -> new ArrayList<>())
                    .add(new Unit(units[i].substring(0, sep), joint.logUnigram(i + 1), c >= MIN_COUNT));
        }
        Map<String, Unit[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.toArray(Unit[]::new)));
        this.byTarget = out;
    }

    /** The {@link #FEATURES} features for a normalised Latin name and target code points. */
    double[] features(String x, int[] y) {
        int n = x.length();
        int m = y.length;
        String[][] parts = targetParts(y);
        double[][] best = new double[MAX_EDITS + 1][(n + 1) * (m + 1)];
        for (double[] b : best) {
            Arrays.fill(b, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int e = 0; e <= MAX_EDITS; e++) {
                    double from = best[e][i * (m + 1) + j];
                    if (from != Double.NEGATIVE_INFINITY) {
                        relax(x, i, j, e, from, parts, best, m);
                    }
                }
            }
        }
        int end = n * (m + 1) + m;
        double zero = best[0][end];
        double one = Math.max(zero, best[1][end]);
        double two = Math.max(one, best[2][end]);
        return new double[]{zero / (n + m), one - zero, two - zero};
    }

    private String[][] targetParts(int[] y) {
        String[][] parts = new String[y.length + 1][maxTarget + 1];
        for (int j = 0; j <= y.length; j++) {
            for (int b = 0; b <= maxTarget && j + b <= y.length; b++) {
                parts[j][b] = new String(y, j, b);
            }
        }
        return parts;
    }

    private void relax(String x, int i, int j, int e, double from, String[][] parts, double[][] best, int m) {
        int n = x.length();
        // unseen single letters keep every pair alignable
        if (i < n) {
            update(best[e], (i + 1) * (m + 1) + j, from + UNSEEN);
        }
        if (j < m) {
            update(best[e], i * (m + 1) + j + 1, from + UNSEEN);
        }
        if (i < n && j < m) {
            update(best[e], (i + 1) * (m + 1) + j + 1, from + UNSEEN);
        }
        for (int b = 0; b <= maxTarget && j + b <= m; b++) {
            Unit[] units = byTarget.get(parts[j][b]);
            if (units == null) {
                continue;
            }
            for (Unit u : units) {
                String s = u.source;
                int len = s.length();
                if (i + len <= n && x.startsWith(s, i)) {
                    update(best[e], (i + len) * (m + 1) + j + b, from + u.logp);
                }
                if (e < MAX_EDITS && u.common) {
                    edited(x, i, j + b, s, from + u.logp, best[e + 1], m, b > 0);
                }
            }
        }
    }

    /** Moves where the Latin segment is one edit away from the unit's source. */
    private static void edited(String x, int i, int jTo, String s, double score, double[] next, int m,
                               boolean consumesTarget) {
        int n = x.length();
        int len = s.length();
        if (len >= 1 && i + len <= n && mismatches(x, i, s) == 1) {
            update(next, (i + len) * (m + 1) + jTo, score);
        }
        if (len >= 1 && i + len - 1 <= n && (len - 1 > 0 || consumesTarget) && oneInserted(s, x, i, len - 1)) {
            update(next, (i + len - 1) * (m + 1) + jTo, score);
        }
        if (i + len + 1 <= n && oneInserted(x.substring(i, i + len + 1), s, 0, len)) {
            update(next, (i + len + 1) * (m + 1) + jTo, score);
        }
    }

    private static int mismatches(String x, int i, String s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            d += x.charAt(i + k) != s.charAt(k) ? 1 : 0;
        }
        return d;
    }

    /** True when {@code longer} with one letter removed equals {@code shorter.substring(at, at + len)}. */
    private static boolean oneInserted(String longer, String shorter, int at, int len) {
        for (int skip = 0; skip < longer.length(); skip++) {
            boolean ok = true;
            for (int k = 0, p = 0; k < longer.length() && ok; k++) {
                if (k != skip) {
                    ok = longer.charAt(k) == shorter.charAt(at + p++);
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static void update(double[] best, int at, double score) {
        if (score > best[at]) {
            best[at] = score;
        }
    }
}
