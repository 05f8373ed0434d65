package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityTagsTest {

    @Test
    void readsIob2() {
        assertThat(EntityTags.spans(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC")))
                .containsExactly(span(0, 2, EntityType.PER), span(3, 4, EntityType.LOC), span(4, 5, EntityType.LOC));
    }

    @Test
    void readsIob1WhereInsideStartsAName() {
        assertThat(EntityTags.spans(List.of("I-ORG", "I-ORG", "I-PER", "O", "I-MISC")))
                .containsExactly(span(0, 2, EntityType.ORG), span(2, 3, EntityType.PER), span(4, 5, EntityType.MISC));
    }

    @Test
    void readsBareTypesWithZeroAsOutside() {
        assertThat(EntityTags.spans(List.of("PER", "PER", "0", "LOC", "ORG", "ORG")))
                .containsExactly(span(0, 2, EntityType.PER), span(3, 4, EntityType.LOC), span(4, 6, EntityType.ORG));
    }

    @Test
    void readsBilouAndBioes() {
        assertThat(EntityTags.spans(List.of("U-LOC", "B-PER", "L-PER", "S-ORG", "B-MISC", "E-MISC")))
                .containsExactly(span(0, 1, EntityType.LOC), span(1, 3, EntityType.PER), span(3, 4, EntityType.ORG),
                        span(4, 6, EntityType.MISC));
    }

    @Test
    void writesIob2() {
        assertThat(EntityTags.toIob2(List.of(span(1, 3, EntityType.ORG)), 4))
                .containsExactly("O", "B-ORG", "I-ORG", "O");
    }

    @Test
    void rejectsUnknownTypes() {
        assertThatThrownBy(() -> EntityTags.spans(List.of("B-FOO"))).hasMessageContaining("FOO");
    }

    private static NameSpan span(int s, int e, EntityType t) {
        return new NameSpan(s, e, t, 1.0);
    }
}
