package io.parallax.link;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameCleanerTest {

    private final NameCleaner cleaner = new NameCleaner();
    private final NameConventions en = NameConventions.load("en");
    private final NameConventions sv = NameConventions.load("sv");

    @Test
    void stripsTitlesRolesAndQualifiers() {
        assertThat(cleaner.clean("Belarusian President Alexander Lukashenko", EntityType.PER, en).name())
                .isEqualTo("Alexander Lukashenko");
        assertThat(cleaner.clean("Defence Minister Sergei Shoigu", EntityType.PER, en).name())
                .isEqualTo("Sergei Shoigu");
        assertThat(cleaner.clean("Rysslands president Vladimir Putin", EntityType.PER, sv).name())
                .isEqualTo("Vladimir Putin");
        assertThat(cleaner.clean("försvarsminister Sergej Sjojgu", EntityType.PER, sv).name())
                .isEqualTo("Sergej Sjojgu");
        assertThat(cleaner.clean("utrikesministern Lavrov", EntityType.PER, sv).name()).isEqualTo("Lavrov");
    }

    @Test
    void keepsNameParticlesAndEpithets() {
        assertThat(cleaner.clean("Ursula von der Leyen", EntityType.PER, en).name())
                .isEqualTo("Ursula von der Leyen");
        assertThat(cleaner.clean("Peter den store", EntityType.PER, sv).name()).isEqualTo("Peter den store");
    }

    @Test
    void englishGenitiveIsCertainSwedishIsAnAlternative() {
        assertThat(cleaner.clean("Putin's", EntityType.PER, en).name()).isEqualTo("Putin");
        assertThat(cleaner.clean("Russia’s", EntityType.LOC, en).name()).isEqualTo("Russia");
        NameForm sv1 = cleaner.clean("Prigozjins", EntityType.PER, sv);
        assertThat(sv1.name()).isEqualTo("Prigozjins");
        assertThat(sv1.alternatives()).startsWith("Prigozjin");
        assertThat(cleaner.clean("USA:s", EntityType.LOC, sv).name()).isEqualTo("USA");
        assertThat(cleaner.clean("Peter den stores", EntityType.PER, sv).alternatives())
                .contains("Peter den store");
        assertThat(cleaner.clean("Förenta staterna", EntityType.LOC, sv).alternatives())
                .contains("Förenta stater");
    }

    @Test
    void roleCompoundsLeaveTheName() {
        NameForm f = cleaner.clean("Wagnerledaren", EntityType.ORG, sv);
        assertThat(f.name()).isEqualTo("Wagner");
        assertThat(f.title()).isEqualTo("ledaren");
    }

    @Test
    void leadingLowerCaseWordsAreNotPartOfTheName() {
        assertThat(cleaner.clean("motorvägen M4", EntityType.LOC, sv).name()).isEqualTo("M4");
    }

    @Test
    void badInputNeverThrows() {
        assertThat(cleaner.clean("", EntityType.PER, en).name()).isEmpty();
        assertThat(cleaner.clean("A", EntityType.PER, en).name()).isEqualTo("A");
        assertThat(cleaner.clean("President", EntityType.PER, en).name()).isEqualTo("President");
        assertThat(cleaner.clean("«»", EntityType.PER, en).name()).isEmpty();
        assertThat(cleaner.clean("x".repeat(1000), EntityType.PER, sv).name()).hasSize(1000);
    }
}
