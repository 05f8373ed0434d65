package io.parallax.ner.train;

import io.parallax.ner.WordClusters;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BrownClustererTest {

    @Test
    void wordsInTheSameContextsShareLongerPaths() {
        List<String> animals = List.of("cat", "dog", "horse", "cow");
        List<String> cities = List.of("Paris", "Rome", "Oslo", "Lima");
        Random r = new Random(1);
        BrownClusterer brown = new BrownClusterer(4, 2, line -> { });
        for (int i = 0; i < 2000; i++) {
            String a = animals.get(r.nextInt(4));
            String c = cities.get(r.nextInt(4));
            brown.add(new String[]{"the", a, "ran", "to", c, "."});
            brown.add(new String[]{"a", a, "slept", "in", c, "."});
        }
        WordClusters clusters = brown.cluster();
        assertThat(common(clusters, "cat", "dog")).isGreaterThan(common(clusters, "cat", "Paris"));
        assertThat(common(clusters, "Rome", "Lima")).isGreaterThan(common(clusters, "Rome", "horse"));
        assertThat(clusters.path("unseen")).isZero();
        assertThat(clusters.size()).isEqualTo(15);
    }

    @Test
    void isDeterministic() {
        BrownClusterer a = new BrownClusterer(3, 1, line -> { });
        BrownClusterer b = new BrownClusterer(3, 1, line -> { });
        for (String s : List.of("x y z w", "y z w x", "z w y x", "w x z y")) {
            a.add(s.split(" "));
            b.add(s.split(" "));
        }
        assertThat(a.cluster()).isEqualTo(b.cluster());
    }

    @Test
    void fastLogarithmIsCloseToMathLog() {
        for (double x : new double[]{1e-12, 3.7e-6, 0.01, 0.5, 1, 1.5, 2, 7.3, 1e9}) {
            double tolerance = 1e-6 * Math.max(1, Math.abs(Math.log(x)));
            assertThat(BrownClusterer.log(x)).isCloseTo(Math.log(x), within(tolerance));
        }
    }

    /** Length of the common prefix of two words' paths. */
    private static int common(WordClusters c, String a, String b) {
        long pa = c.path(a);
        long pb = c.path(b);
        int da = 63 - Long.numberOfLeadingZeros(pa);
        int db = 63 - Long.numberOfLeadingZeros(pb);
        int n = 0;
        while (n < Math.min(da, db) && WordClusters.prefix(pa, n + 1) == WordClusters.prefix(pb, n + 1)) {
            n++;
        }
        return n;
    }
}
