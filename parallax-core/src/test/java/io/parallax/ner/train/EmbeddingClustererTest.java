package io.parallax.ner.train;

import io.parallax.ner.WordClusters;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingClustererTest {

    private static final List<String> ANIMALS = words("Animal");
    private static final List<String> CITIES = words("City");
    private static final List<String> DAYS = words("Day");

    @Test
    void noClusterMixesWordsOfDifferentContexts() {
        WordClusters c = clusterer(64, 7).cluster();
        for (int bits : new int[]{EmbeddingClusterer.LEVEL_BITS, 2 * EmbeddingClusterer.LEVEL_BITS}) {
            Map<Long, Set<List<String>>> groups = new HashMap<>();
            for (List<String> group : List.of(ANIMALS, CITIES, DAYS)) {
                for (String w : group) {
                    long cluster = WordClusters.prefix(c.path(w.toLowerCase(Locale.ROOT)), bits);
                    groups.computeIfAbsent(cluster, k -> new HashSet<>()).add(group);
                }
            }
            assertThat(groups.values()).as("%d bits", bits).allMatch(g -> g.size() == 1);
        }
    }

    @Test
    void keysAreLowerCasedAndUnseenWordsHaveNoPath() {
        WordClusters c = clusterer(64, 7).cluster();
        assertThat(c.path("city3")).isPositive();
        assertThat(c.path("City3")).isEqualTo(c.path("city3"));
        assertThat(c.path("unseen")).isZero();
        assertThat(c.size()).isEqualTo(13 + 3 * 20);
    }

    @Test
    void pathsHaveALevelPerFourfoldAndAreDeterministic() {
        WordClusters a = clusterer(256, 3).cluster();
        assertThat(a).isEqualTo(clusterer(256, 3).cluster());
        for (String w : List.of("animal1", "city2", "the", "day3")) {
            long p = a.path(w);
            int depth = 63 - Long.numberOfLeadingZeros(p);
            assertThat(depth).as(w).isEqualTo(3 * EmbeddingClusterer.LEVEL_BITS);
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new EmbeddingClusterer(2048, 16, 1, 1, line -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddingClusterer(64, 1, 1, 1, line -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Animals, cities and days in their own frames of function words. */
    private static EmbeddingClusterer clusterer(int leaves, long seed) {
        EmbeddingClusterer e = new EmbeddingClusterer(leaves, 8, 2, seed, line -> { });
        Random r = new Random(1);
        for (int i = 0; i < 3000; i++) {
            String a = ANIMALS.get(r.nextInt(ANIMALS.size()));
            String c = CITIES.get(r.nextInt(CITIES.size()));
            String d = DAYS.get(r.nextInt(DAYS.size()));
            e.add(new String[]{"the", a, "ran", "to", c, "on", d, "."});
            e.add(new String[]{"a", a, "slept", "in", c, "last", d, "."});
            e.add(new String[]{"my", a, "was", "born", "in", c, "on", d, "!"});
        }
        return e;
    }

    private static List<String> words(String stem) {
        return java.util.stream.IntStream.range(0, 20).mapToObj(i -> stem + i).toList();
    }
}
