package io.parallax.bench.fallback;

import io.parallax.bench.fallback.LineAnalysis.Found;
import io.parallax.model.EntityType;
import io.parallax.ner.fallback.Evidence;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall against silver names. Recall counts every silver name; precision counts only the names
 * found in complete lines (see {@link SilverProjection}). Exact match: same line, same characters, same type; the
 * untyped figures ignore the type. Also counts, per kind of evidence, how many of the fallback's names in
 * complete lines were right. Not thread-safe.
 */
final class SilverScores {

    /** Counts of one slice. */
    static final class Tally {
        int found;
        int foundRight;
        int gold;
        int goldHit;

        double precision() {
            return found == 0 ? 0 : (double) foundRight / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) goldHit / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f |", name, gold, found,
                    100 * precision(), 100 * recall(), 100 * f1());
        }
    }

    final Tally typed = new Tally();
    final Tally untyped = new Tally();
    final Map<EntityType, Tally> byType = new EnumMap<>(EntityType.class);
    final Map<Evidence, Tally> byEvidence = new EnumMap<>(Evidence.class);
    int documents;
    int english;
    int projected;
    int lines;
    int completeLines;

    void add(List<Found> gold, List<Found> found, boolean[] complete) {
        documents++;
        lines += complete.length;
        for (boolean c : complete) {
            completeLines += c ? 1 : 0;
        }
        Set<String> goldTyped = new HashSet<>();
        Set<String> goldSpans = new HashSet<>();
        for (Found g : gold) {
            goldTyped.add(key(g, true));
            goldSpans.add(key(g, false));
        }
        Set<String> foundTyped = new HashSet<>();
        Set<String> foundSpans = new HashSet<>();
        for (Found f : found) {
            foundTyped.add(key(f, true));
            foundSpans.add(key(f, false));
        }
        for (Found g : gold) {
            count(typed, byType(g.type()), goldTyped, foundTyped, g, true);
            untyped.gold++;
            untyped.goldHit += foundSpans.contains(key(g, false)) ? 1 : 0;
        }
        for (Found f : found) {
            if (complete[f.line()]) {
                boolean right = goldTyped.contains(key(f, true));
                tallyFound(typed, right);
                tallyFound(byType(f.type()), right);
                tallyFound(untyped, goldSpans.contains(key(f, false)));
                if (f.evidence() != null) {
                    tallyFound(byEvidence.computeIfAbsent(f.evidence(), e -> new Tally()), right);
                }
            }
        }
    }

    private Tally byType(EntityType t) {
        return byType.computeIfAbsent(t, k -> new Tally());
    }

    private static void count(Tally all, Tally type, Set<String> gold, Set<String> found, Found g, boolean typed) {
        boolean hit = found.contains(key(g, typed));
        all.gold++;
        all.goldHit += hit ? 1 : 0;
        type.gold++;
        type.goldHit += hit ? 1 : 0;
    }

    private static void tallyFound(Tally t, boolean right) {
        t.found++;
        t.foundRight += right ? 1 : 0;
    }

    private static String key(Found f, boolean typed) {
        return f.line() + ":" + f.start() + ":" + f.end() + (typed ? ":" + f.type() : "");
    }
}
