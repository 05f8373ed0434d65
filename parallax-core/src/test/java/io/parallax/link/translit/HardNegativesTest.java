package io.parallax.link.translit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HardNegativesTest {

    private static final List<TranslitPair> POOL = List.of(
            new TranslitPair("Ivanov", "Иванов", true), new TranslitPair("Ivanoff", "Иванов", true),
            new TranslitPair("Ivanova", "Иванова", true), new TranslitPair("Petrov", "Петров", true),
            new TranslitPair("Sidorov", "Сидоров", true), new TranslitPair("Hayashi", "Хаяси", true),
            new TranslitPair("Schmidt", "Шмидт", true), new TranslitPair("Dubois", "Дюбуа", true));

    private final HardNegatives negatives = new HardNegatives(POOL, new TranslitText());

    @Test
    void theHardNegativeIsTheNearestOtherNameNeverATrueWriting() {
        List<TranslitPair> out = negatives.withNegatives(List.of(POOL.get(0)));
        assertThat(out).hasSize(2).first().isEqualTo(POOL.get(0));
        assertThat(out.get(1).latin()).as("Ivanoff also writes Иванов").isEqualTo("Ivanova");
        assertThat(out.get(1).same()).isFalse();
    }

    @Test
    void unrelatedNegativesAreSeededAndNeverATrueWriting() {
        List<TranslitPair> a = negatives.randomNegatives(POOL, 1.0, new Random(5));
        List<TranslitPair> b = negatives.randomNegatives(POOL, 1.0, new Random(5));
        assertThat(a).isEqualTo(b).isNotEmpty().allMatch(p -> !p.same());
        for (TranslitPair p : a) {
            assertThat(POOL).as(p.latin() + " / " + p.other()).noneMatch(t -> t.same()
                    && new TranslitText().latin(t.latin()).equals(new TranslitText().latin(p.latin()))
                    && t.other().equals(p.other()));
        }
        assertThat(negatives.randomNegatives(POOL, 0.0, new Random(5))).isEmpty();
        assertThat(negatives.randomNegatives(POOL, 0.5, new Random(5)).size()).isLessThan(POOL.size());
    }
}
