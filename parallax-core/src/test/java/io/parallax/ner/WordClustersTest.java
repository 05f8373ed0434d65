package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordClustersTest {

    @Test
    void encodesPathsAndCutsPrefixes() {
        long p = WordClusters.encode("0110");
        assertThat(p).isEqualTo(0b10110L);
        assertThat(WordClusters.prefix(p, 2)).isEqualTo(0b101L);
        assertThat(WordClusters.prefix(p, 10)).isEqualTo(p);
        assertThat(WordClusters.prefix(0, 4)).isZero();
    }

    @Test
    void findsHeadlineCapitalsThroughTheOrdinaryForm() {
        WordClusters c = new WordClusters(Map.of("Japan", WordClusters.encode("10"), "win", WordClusters.encode("0")));
        assertThat(c.path("JAPAN")).isEqualTo(c.path("Japan"));
        assertThat(c.path("WIN")).isEqualTo(c.path("win"));
        assertThat(c.path("unknown")).isZero();
    }

    @Test
    void manyWordsInAnyScriptKeepTheirPathsThroughTheCompactTableAndItsFile() throws java.io.IOException {
        Map<String, Long> paths = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 50_000; i++) {
            paths.put((i % 3 == 0 ? "ord" : i % 3 == 1 ? "слово" : "詞") + i, WordClusters.encode(Integer.toBinaryString(i)));
        }
        WordClusters c = new WordClusters(paths);
        assertThat(c.size()).isEqualTo(paths.size());
        paths.forEach((w, p) -> assertThat(c.exactPath(w)).as(w).isEqualTo(p));
        assertThat(c.exactPath("ord1")).as("unknown").isZero();
        assertThat(c.exactPath("")).isZero();
        assertThat(c.words()).hasSize(paths.size()).contains("слово1", "詞2").doesNotContain("ord1");
        assertThat(new java.util.HashSet<>(c.words())).isEqualTo(paths.keySet());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        c.write(new java.io.DataOutputStream(bytes));
        WordClusters back = WordClusters.read(new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back).isEqualTo(c).hasSameHashCodeAs(c);
        Map<String, Long> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(paths);
        assertThat(new WordClusters(reversed)).as("equality does not depend on order").isEqualTo(c);
        assertThat(WordClusters.none().size()).isZero();
        assertThat(WordClusters.none().exactPath("ord0")).isZero();
    }
}
