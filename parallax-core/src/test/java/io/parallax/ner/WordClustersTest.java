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
}
