package io.parallax.ner.corpus;

import io.parallax.model.EntityType;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Entity-level counts as conlleval reports them: a predicted name is correct only when its start, end and type all
 * match a gold name. Immutable.
 *
 * @param correct   exact matches, per type
 * @param predicted predicted names, per type
 * @param gold      gold names, per type
 */
public record NerScores(Map<EntityType, Integer> correct, Map<EntityType, Integer> predicted,
                        Map<EntityType, Integer> gold) {

    public NerScores {
        correct = copy(correct);
        predicted = copy(predicted);
        gold = copy(gold);
    }

    public static NerScores empty() {
        return new NerScores(Map.of(), Map.of(), Map.of());
    }

    /** Precision, recall and F1 (0–1) of one type. */
    public Prf of(EntityType type) {
        return Prf.of(correct.get(type), predicted.get(type), gold.get(type));
    }

    /** Micro-averaged precision, recall and F1 (0–1) over all types. */
    public Prf overall() {
        return Prf.of(sum(correct), sum(predicted), sum(gold));
    }

    /** Types with any gold or predicted name, in enum order. */
    public java.util.List<EntityType> types() {
        return java.util.Arrays.stream(EntityType.values())
                .filter(t -> gold.get(t) > 0 || predicted.get(t) > 0).toList();
    }

    /** The sum of two sets of counts. */
    public NerScores plus(NerScores o) {
        return new NerScores(add(correct, o.correct), add(predicted, o.predicted), add(gold, o.gold));
    }

    /** A conlleval-like table: one line per type and one for all. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %7s %7s %7s %6s %6s%n",
                "type", "prec", "recall", "F1", "gold", "found"));
        for (EntityType t : types()) {
            sb.append(row(t.name(), of(t), gold.get(t), predicted.get(t)));
        }
        return sb.append(row("overall", overall(), sum(gold), sum(predicted))).toString();
    }

    private static String row(String label, Prf p, int g, int f) {
        return String.format(Locale.ROOT, "%-8s %7.2f %7.2f %7.2f %6d %6d%n",
                label, 100 * p.precision(), 100 * p.recall(), 100 * p.f1(), g, f);
    }

    private static int sum(Map<EntityType, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<EntityType, Integer> copy(Map<EntityType, Integer> m) {
        EnumMap<EntityType, Integer> out = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            out.put(t, m.getOrDefault(t, 0));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<EntityType, Integer> add(Map<EntityType, Integer> a, Map<EntityType, Integer> b) {
        EnumMap<EntityType, Integer> out = new EnumMap<>(a);
        b.forEach((t, n) -> out.merge(t, n, Integer::sum));
        return out;
    }

    /** Precision, recall and F1, each 0–1 (0 when undefined). */
    public record Prf(double precision, double recall, double f1) {

        static Prf of(int correct, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }
}
