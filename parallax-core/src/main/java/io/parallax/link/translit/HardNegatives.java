package io.parallax.link.translit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs each true pair with a hard negative: the target name with the most similar other Latin name of the same
 * collection (least Levenshtein distance over normalised letters, searched up to distance 2, ties to the
 * alphabetically first; when nothing is that close, the alphabetical neighbour), and on request with unrelated
 * negatives drawn at random. A Latin name that is also a true writing of the target is never its negative.
 * Deterministic for a seed; not thread-safe while building.
 */
public final class HardNegatives {

    private static final int RADIUS = 2;

    private final TranslitText text;
    private final List<String> sorted;
    private final Map<String, String> raw = new HashMap<>();
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final Map<String, Set<String>> targets = new HashMap<>();

    /** Indexes the Latin names of {@code pool} (true pairs). */
    public HardNegatives(Collection<TranslitPair> pool, TranslitText text) {
        this.text = text;
        for (TranslitPair p : pool) {
            String x = text.latin(p.latin());
            if (x.isEmpty()) {
                continue;
            }
            raw.putIfAbsent(x, p.latin());
            targets.computeIfAbsent(x, k -> new HashSet<>()).add(text.target(p.other()));
        }
        this.sorted = new ArrayList<>(new TreeSet<>(raw.keySet()));
        for (String w : sorted) {
            for (String d : deletions(w)) {
                byDeletion.computeIfAbsent(d, k -> new ArrayList<>(2)).add(w);
            }
        }
    }

    /** For each true pair, the pair itself then its hard negative (when the pool has another name). */
    public List<TranslitPair> withNegatives(List<TranslitPair> positives) {
        List<TranslitPair> out = new ArrayList<>(positives.size() * 2);
        for (TranslitPair p : positives) {
            out.add(p);
            String neg = nearest(text.latin(p.latin()), text.target(p.other()));
            if (neg != null) {
                out.add(new TranslitPair(raw.get(neg), p.other(), false));
            }
        }
        return out;
    }

    /**
     * Unrelated negatives: for a share {@code rate} of the true pairs, the target name with a Latin name drawn at
     * random from the pool (never a writing of the target).
     */
    public List<TranslitPair> randomNegatives(List<TranslitPair> positives, double rate, Random random) {
        List<TranslitPair> out = new ArrayList<>();
        for (TranslitPair p : positives) {
            if (sorted.size() < 2 || random.nextDouble() >= rate) {
                continue;
            }
            String target = text.target(p.other());
            String w = sorted.get(random.nextInt(sorted.size()));
            if (!w.equals(text.latin(p.latin())) && !targets.get(w).contains(target)) {
                out.add(new TranslitPair(raw.get(w), p.other(), false));
            }
        }
        return out;
    }

    /** The most similar pool name that is not a writing of {@code target}, or null. */
    String nearest(String x, String target) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String d : deletions(x)) {
            for (String w : byDeletion.getOrDefault(d, List.of())) {
                if (w.equals(x) || targets.get(w).contains(target)) {
                    continue;
                }
                int dist = io.parallax.link.Strings.levenshtein(x, w);
                if (dist < bestD || dist == bestD && w.compareTo(best) < 0) {
                    best = w;
                    bestD = dist;
                }
            }
        }
        return best != null ? best : neighbour(x, target);
    }

    private String neighbour(String x, String target) {
        int at = java.util.Collections.binarySearch(sorted, x);
        int i = at >= 0 ? at : -at - 1;
        for (int k = 0; k < sorted.size(); k++) {
            for (int idx : new int[]{i + k, i - k - 1}) {
                if (idx >= 0 && idx < sorted.size()) {
                    String w = sorted.get(idx);
                    if (!w.equals(x) && !targets.get(w).contains(target)) {
                        return w;
                    }
                }
            }
        }
        return null;
    }

    private static Set<String> deletions(String w) {
        Set<String> out = new HashSet<>();
        out.add(w);
        Set<String> frontier = Set.of(w);
        for (int r = 0; r < RADIUS; r++) {
            Set<String> next = new HashSet<>();
            for (String s : frontier) {
                for (int i = 0; i < s.length(); i++) {
                    next.add(s.substring(0, i) + s.substring(i + 1));
                }
            }
            out.addAll(next);
            frontier = next;
        }
        return out;
    }
}
