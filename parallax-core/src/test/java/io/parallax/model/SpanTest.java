package io.parallax.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpanTest {

    @Test
    void cutsInTwoOnlyWhenBothPartsHaveText() {
        Span s = new Span(10, 19);
        assertThat(s.cutAt(2)).containsExactly(new Span(10, 12), new Span(12, 19));
        assertThat(s.cutAt(0)).containsExactly(s);
        assertThat(s.cutAt(9)).containsExactly(s);
        assertThat(s.cutAt(-1)).containsExactly(s);
    }

    @Test
    void rejectsBackwardSpans() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
