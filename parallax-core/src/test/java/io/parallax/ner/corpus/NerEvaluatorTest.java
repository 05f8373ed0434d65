package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NerEvaluatorTest {

    @Test
    void countsOnlyExactSpanAndTypeMatches() {
        List<NameSpan> gold = List.of(span(0, 2, EntityType.PER), span(3, 4, EntityType.LOC),
                span(5, 6, EntityType.ORG));
        List<NameSpan> predicted = List.of(span(0, 2, EntityType.PER), span(3, 4, EntityType.ORG),
                span(5, 7, EntityType.ORG), span(8, 9, EntityType.MISC));
        NerScores s = NerEvaluator.score(gold, predicted);
        assertThat(s.overall().precision()).isCloseTo(0.25, within(1e-9));
        assertThat(s.overall().recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.of(EntityType.PER).f1()).isEqualTo(1.0);
        assertThat(s.of(EntityType.LOC).recall()).isZero();
        assertThat(s.table()).contains("overall").contains("MISC");
    }

    @Test
    void sumsOverSentences() {
        NerScores s = NerEvaluator.scoreAll(List.of(List.of(span(0, 1, EntityType.LOC)), List.of()),
                List.of(List.of(span(0, 1, EntityType.LOC)), List.of(span(0, 1, EntityType.LOC))));
        assertThat(s.overall().precision()).isEqualTo(0.5);
        assertThat(s.overall().recall()).isEqualTo(1.0);
    }

    private static NameSpan span(int s, int e, EntityType t) {
        return new NameSpan(s, e, t, 1.0);
    }
}
