package io.parallax.ner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundNamesTest {

    @Test
    void hyphenatedFindsTheCapitalisedFirstPart() {
        CompoundNames c = CompoundNames.HYPHENATED;
        assertThat(c.nameLength("Netflix-serie")).isEqualTo(7);
        assertThat(c.nameLength("EU-medlemskap")).isEqualTo(2);
        assertThat(c.nameLength("Nato-basen")).isEqualTo(4);
        assertThat(c.nameLength("G20-mötet")).isEqualTo(3);
    }

    @Test
    void hyphenatedLeavesOtherWordsAlone() {
        CompoundNames c = CompoundNames.HYPHENATED;
        for (String word : new String[]{"Rostov-on-Don", "Jean-Pierre", "utrikes-", "X-serie", "Netflix-s",
                "netflix-serie", "Netflix", "-serie", "", "EU:s"}) {
            assertThat(c.nameLength(word)).as(word).isZero();
        }
        assertThat(CompoundNames.NONE.nameLength("Netflix-serie")).isZero();
    }
}
