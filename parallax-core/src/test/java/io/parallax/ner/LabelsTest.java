package io.parallax.ner;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void encodesAndDecodesBilou() {
        List<NameSpan> names = List.of(new NameSpan(0, 1, EntityType.PER, 1), new NameSpan(2, 5, EntityType.ORG, 1));
        int[] labels = Labels.encode(names, 6);
        assertThat(Labels.describe(labels)).isEqualTo("[U-PER, O, B-ORG, I-ORG, L-ORG, O]");
        assertThat(Labels.spans(labels)).containsExactly(new int[]{0, 1}, new int[]{2, 5});
    }

    @Test
    void forbidsBrokenNames() {
        int bPer = Labels.of(EntityType.PER, Labels.B);
        int iPer = Labels.of(EntityType.PER, Labels.I);
        int lPer = Labels.of(EntityType.PER, Labels.L);
        int iLoc = Labels.of(EntityType.LOC, Labels.I);
        assertThat(Labels.allowed(bPer, iPer)).isTrue();
        assertThat(Labels.allowed(bPer, lPer)).isTrue();
        assertThat(Labels.allowed(bPer, iLoc)).isFalse();
        assertThat(Labels.allowed(bPer, Labels.O)).isFalse();
        assertThat(Labels.allowed(Labels.O, iPer)).isFalse();
        assertThat(Labels.allowed(-1, lPer)).isFalse();
        assertThat(Labels.allowed(bPer, -1)).isFalse();
        assertThat(Labels.allowed(lPer, -1)).isTrue();
    }
}
