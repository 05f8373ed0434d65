package io.parallax.bench.fallback;

import io.parallax.bench.fallback.LineAnalysis.Found;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lists wrong and missed names for reading (the {@code --show} option). Stateless. */
final class Errors {

    private Errors() {
    }

    static void collect(SilverProjection.Result r, List<Found> found, LineAnalysis target, List<String> out) {
        Set<String> gold = new HashSet<>();
        for (Found g : r.gold()) {
            gold.add(key(g));
        }
        Set<String> got = new HashSet<>();
        for (Found f : found) {
            got.add(key(f));
            if (r.complete()[f.line()] && !gold.contains(key(f))) {
                out.add("wrong  " + f.type() + " " + text(target, f) + "  [" + f.evidence() + "]  in: "
                        + context(target, f));
            }
        }
        for (Found g : r.gold()) {
            if (!got.contains(key(g))) {
                out.add("missed " + g.type() + " " + text(target, g) + "  in: " + context(target, g));
            }
        }
    }

    private static String key(Found f) {
        return f.line() + ":" + f.start() + ":" + f.end() + ":" + f.type();
    }

    private static String text(LineAnalysis a, Found f) {
        return "'" + a.lines.get(f.line()).substring(f.start(), f.end()) + "'";
    }

    private static String context(LineAnalysis a, Found f) {
        String line = a.lines.get(f.line());
        int from = Math.max(0, f.start() - 40);
        int to = Math.min(line.length(), f.end() + 40);
        return "…" + line.substring(from, to) + "…";
    }
}
