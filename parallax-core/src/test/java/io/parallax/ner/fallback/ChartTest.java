package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTest {

    @Test
    void choosesTheHeaviestSetOfNonOverlappingNames() {
        Chart chart = new Chart(6, FallbackConfig.DEFAULT);
        chart.add(0, 1, EntityType.LOC, Evidence.PLACE);          // "Sofia"
        chart.add(0, 2, EntityType.PER, Evidence.GIVEN_NAME);     // "Sofia Virtanen"
        chart.add(1, 2, EntityType.MISC, Evidence.CAPITALISED);   // "Virtanen"
        chart.add(3, 5, EntityType.ORG, Evidence.ORG_HEAD);       // "Hafen Göteborg"
        chart.add(4, 5, EntityType.LOC, Evidence.PLACE);          // "Göteborg"
        assertThat(chart.resolve(0)).extracting(Candidate::start, Candidate::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(3, 5));
    }

    @Test
    void dropsNamesBelowTheMinimumAndOutsideTheSentence() {
        Chart chart = new Chart(3, FallbackConfig.DEFAULT);
        chart.add(0, 1, EntityType.MISC, Evidence.CAPITALISED);
        chart.add(2, 4, EntityType.LOC, Evidence.PLACE);
        chart.add(1, 1, EntityType.LOC, Evidence.PLACE);
        assertThat(chart.resolve(0.5)).isEmpty();
        assertThat(chart.resolve(0)).hasSize(1);
    }

    @Test
    void confidenceAndPriorityComeFromTheConfiguration() {
        FallbackConfig config = FallbackConfig.DEFAULT.with(Evidence.PLACE, 0.4);
        Chart chart = new Chart(2, config);
        chart.add(0, 1, EntityType.LOC, Evidence.PLACE, 0.5);
        Candidate c = chart.resolve(0).get(0);
        assertThat(c.confidence()).isEqualTo(0.2);
        assertThat(c.priority()).isEqualTo(FallbackConfig.DEFAULT.priority(Evidence.PLACE) * 0.5);
    }
}
