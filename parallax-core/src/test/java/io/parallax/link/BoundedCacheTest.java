package io.parallax.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedCacheTest {

    @Test
    void remembersRecentValuesAndStaysBounded() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(100);
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 10_000; i++) {
            cache.get(i, k -> {
                computed.incrementAndGet();
                return "v" + k;
            });
            assertThat(cache.size()).isLessThanOrEqualTo(200);
        }
        assertThat(computed).hasValue(10_000);
        assertThat(cache.get(9_999, k -> "recomputed")).isEqualTo("v9999");
        assertThat(cache.get(0, k -> "recomputed")).isEqualTo("recomputed");
    }

    @Test
    void aHitInTheOldGenerationSurvivesTheNextRotation() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(10);
        cache.get(-1, k -> "kept");
        for (int i = 0; i < 15; i++) {
            cache.get(i, k -> "v" + k);
            cache.get(-1, k -> "lost");
        }
        assertThat(cache.get(-1, k -> "lost")).isEqualTo("kept");
    }

    @Test
    void concurrentCallersGetTheFunctionsValues() throws Exception {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    boolean ok = true;
                    for (int i = 0; i < 50_000; i++) {
                        int k = (i * 31 + seed) % 500;
                        ok &= cache.get(k, x -> x * x) == k * k;
                    }
                    return ok;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(128 + 4);
    }

    @Test
    void rejectsNonPositiveCapacity() {
        assertThatThrownBy(() -> new BoundedCache<>(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
