package io.parallax.ner.fallback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymRuleTest {

    @Test
    void schwartzHearstFindsTheShortestLongForm() {
        String text = "nach angaben des deutschen wetterdienstes";
        assertThat(text.substring(AcronymRule.schwartzHearst("dwd", text))).isEqualTo("deutschen wetterdienstes");
        String fr = "la banque européenne d' investissement";
        assertThat(fr.substring(AcronymRule.schwartzHearst("bei", fr))).isEqualTo("banque européenne d' investissement");
        assertThat(AcronymRule.schwartzHearst("xyz", "nothing here")).isEqualTo(-1);
    }
}
