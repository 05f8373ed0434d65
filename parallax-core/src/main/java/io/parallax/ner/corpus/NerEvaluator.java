package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted names against gold names, entity by entity (exact span and type), as conlleval does. Stateless
 * and thread-safe.
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** Counts for one sentence. */
    public static NerScores score(List<NameSpan> gold, List<NameSpan> predicted) {
        Map<EntityType, Integer> g = count(gold);
        Map<EntityType, Integer> p = count(predicted);
        Set<Key> goldKeys = new HashSet<>();
        gold.forEach(n -> goldKeys.add(Key.of(n)));
        Map<EntityType, Integer> c = new EnumMap<>(EntityType.class);
        for (NameSpan n : predicted) {
            if (goldKeys.contains(Key.of(n))) {
                c.merge(n.type(), 1, Integer::sum);
            }
        }
        return new NerScores(c, p, g);
    }

    /** Counts summed over parallel lists of sentences. */
    public static NerScores scoreAll(List<List<NameSpan>> gold, List<List<NameSpan>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        NerScores total = NerScores.empty();
        for (int i = 0; i < gold.size(); i++) {
            total = total.plus(score(gold.get(i), predicted.get(i)));
        }
        return total;
    }

    private static Map<EntityType, Integer> count(List<NameSpan> names) {
        Map<EntityType, Integer> m = new EnumMap<>(EntityType.class);
        names.forEach(n -> m.merge(n.type(), 1, Integer::sum));
        return m;
    }

    private record Key(int start, int end, EntityType type) {
        static Key of(NameSpan n) {
            return new Key(n.start(), n.end(), n.type());
        }
    }
}
