package io.parallax.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthNamesTest {

    @Test
    void namesInManyLanguagesWithAndWithoutAccents() {
        assertThat(MonthNames.of("June")).isEqualTo(6);
        assertThat(MonthNames.of("juni")).isEqualTo(6);
        assertThat(MonthNames.of("juin")).isEqualTo(6);
        assertThat(MonthNames.of("août")).isEqualTo(8);
        assertThat(MonthNames.of("aout")).isEqualTo(8);
        assertThat(MonthNames.of("März")).isEqualTo(3);
        assertThat(MonthNames.of("diciembre")).isEqualTo(12);
        assertThat(MonthNames.of("июня")).isEqualTo(6);
        assertThat(MonthNames.of("Sept.")).isEqualTo(9);
        assertThat(MonthNames.of("weekend")).isZero();
    }

    @Test
    void writtenDatesInSeveralLanguages() {
        assertThat(Dates.inText("Publié le 3 octobre 2025 à 8 h 05").date()).hasToString("2025-10-03");
        assertThat(Dates.inText("Madrid, 14 de mayo de 2025").date()).hasToString("2025-05-14");
        assertThat(Dates.inText("Göteborg, 13. März 2025").date()).hasToString("2025-03-13");
        assertThat(Dates.inText("MUNICH, July 9, 2025").date()).hasToString("2025-07-09");
        assertThat(Dates.inText("Junes and Julys of 2025")).isNull();
    }
}
