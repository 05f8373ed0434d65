package io.parallax.ner.train;

import io.parallax.ner.WordClusters;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingClustererTest {

    private static final List<String> ANIMALS = List.of("cat", "dog", "horse", "cow", "goat", "sheep");
    private static final List<String> CITIES = List.of("Paris", "Rome", "Oslo", "Lima", "Quito", "Dakar");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Friday", "Sunday", "Monday", "Friday");

    @Test
    void wordsInTheSameContextsShareTheirCoarseCluster() {
        WordClusters c = clusterer(64, 7).cluster();
        for (List<String> group : List.of(ANIMALS, CITIES, DAYS)) {
            for (String w : group) {
                assertThat(top(c, w)).as(w).isEqualTo(top(c, group.get(0)));
            }
        }
        assertThat(top(c, "cat")).isNotEqualTo(top(c, "paris"));
        assertThat(top(c, "rome")).isNotEqualTo(top(c, "monday"));
    }

    @Test
    void keysAreLowerCasedAndUnseenWordsHaveNoPath() {
        WordClusters c = clusterer(64, 7).cluster();
        assertThat(c.path("oslo")).isPositive();
        assertThat(c.path("Oslo")).isEqualTo(c.path("oslo"));
        assertThat(c.path("unseen")).isZero();
        assertThat(c.size()).isEqualTo(13 + 6 + 6 + 4);
    }

    @Test
    void pathsNestSixteenAtTheTopThenFoursAndAreDeterministic() {
        WordClusters a = clusterer(256, 3).cluster();
        assertThat(a).isEqualTo(clusterer(256, 3).cluster());
        for (String w : List.of("cat", "paris", "the", "monday")) {
            long p = a.path(w);
            int depth = 63 - Long.numberOfLeadingZeros(p);
            assertThat(depth).as(w).isBetween(4, 8).matches(d -> d % 2 == 0);
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new EmbeddingClusterer(8, 16, 1, 1, line -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmbeddingClusterer(64, 1, 1, 1, line -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Animals, cities and days in their own frames of function words. */
    private static EmbeddingClusterer clusterer(int leaves, long seed) {
        EmbeddingClusterer e = new EmbeddingClusterer(leaves, 8, 2, seed, line -> { });
        Random r = new Random(1);
        for (int i = 0; i < 3000; i++) {
            String a = ANIMALS.get(r.nextInt(6));
            String c = CITIES.get(r.nextInt(6));
            String d = DAYS.get(r.nextInt(6));
            e.add(new String[]{"the", a, "ran", "to", c, "on", d, "."});
            e.add(new String[]{"a", a, "slept", "in", c, "last", d, "."});
            e.add(new String[]{"my", a, "was", "born", "in", c, "on", d, "!"});
        }
        return e;
    }

    private static long top(WordClusters c, String w) {
        return WordClusters.prefix(c.path(w.toLowerCase(java.util.Locale.ROOT)), 4);
    }
}
