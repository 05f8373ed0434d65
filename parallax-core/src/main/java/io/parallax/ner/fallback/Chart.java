package io.parallax.ner.fallback;

import io.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The candidate names of one sentence, and the choice among overlapping ones: the set of non-overlapping
 * candidates with the greatest total {@link Candidate#weight weight} (weighted interval scheduling, linear after
 * sorting). Not thread-safe; one per sentence and call.
 */
final class Chart {

    private final int size;
    private final FallbackConfig config;
    private final List<Candidate> candidates = new ArrayList<>();

    Chart(int size, FallbackConfig config) {
        this.size = size;
        this.config = config;
    }

    /** Proposes a name with the confidence and priority the configuration gives its evidence. */
    void add(int start, int end, EntityType type, Evidence evidence) {
        add(start, end, type, evidence, 1.0);
    }

    /** Proposes a name with its evidence's confidence and priority scaled by {@code factor} (in (0, 1]). */
    void add(int start, int end, EntityType type, Evidence evidence, double factor) {
        if (start >= 0 && end <= size && end > start && factor > 0) {
            double f = Math.min(1, factor);
            candidates.add(new Candidate(start, end, type, config.of(evidence) * f, config.priority(evidence) * f,
                    evidence));
        }
    }

    void addAll(List<Candidate> chosen) {
        candidates.addAll(chosen);
    }

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** The best non-overlapping candidates of at least {@code minimum} confidence, in text order. */
    List<Candidate> resolve(double minimum) {
        List<Candidate> c = new ArrayList<>();
        for (Candidate k : candidates) {
            if (k.confidence() >= minimum) {
                c.add(k);
            }
        }
        c.sort(Comparator.comparingInt(Candidate::end).thenComparingInt(Candidate::start));
        int n = c.size();
        double[] best = new double[n + 1];
        int[] previous = new int[n];
        for (int k = 0; k < n; k++) {
            previous[k] = lastEndingBy(c, k, c.get(k).start());
            best[k + 1] = Math.max(best[k], best[previous[k] + 1] + c.get(k).weight());
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = n - 1; k >= 0; ) {
            if (best[k + 1] > best[k]) {
                out.add(c.get(k));
                k = previous[k];
            } else {
                k--;
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Index of the last candidate before {@code k} (in end order) that ends at or before {@code start}; -1 if none. */
    private static int lastEndingBy(List<Candidate> c, int k, int start) {
        int lo = 0;
        int hi = k - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c.get(mid).end() <= start) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
