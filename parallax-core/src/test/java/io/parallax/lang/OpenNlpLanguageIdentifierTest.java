package io.parallax.lang;

import io.parallax.model.LanguageGuess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenNlpLanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifiers.openNlp();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The mutiny ended when the mercenaries turned back towards their bases in the south.",
            "sv | Myteriet tog slut när legosoldaterna vände tillbaka mot sina baser i söder.",
            "de | Die Meuterei endete, als die Söldner zu ihren Stützpunkten im Süden zurückkehrten.",
            "ru | Мятеж закончился, когда наёмники повернули обратно к своим базам на юге.",
            "zh | 叛乱在雇佣兵返回南方基地时结束了。",
            "nb | Mytteriet tok slutt da leiesoldatene snudde tilbake mot basene sine i sør."})
    void identifiesSentencesAsIso6391(String expected, String text) {
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.language()).isEqualTo(expected);
        assertThat(guess.confidence()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345 678,90", "😀🎉👍", "https://www.example.com/a/b?c=d", "info@example.org", "+46 (0)8-123 45 67"})
    void textWithoutLettersIsUndetermined(String text) {
        LanguageGuess guess = identifier.identify(text);
        assertThat(guess.isUndetermined()).isTrue();
        assertThat(guess.confidence()).isEqualTo(0.0);
    }

    @Test
    void hugeLineGetsAnAnswer() {
        String line = "Det här är en mening på svenska. ".repeat(32_000);
        assertThat(line.length()).isGreaterThan(1_000_000);
        assertThat(identifier.identify(line).language()).isEqualTo("sv");
    }

    @Test
    void mapsIsoCodes() {
        assertThat(IsoCodes.toIso1("swe")).isEqualTo("sv");
        assertThat(IsoCodes.toIso1("cmn")).isEqualTo("zh");
        assertThat(IsoCodes.toIso1("nob")).isEqualTo("nb");
        assertThat(IsoCodes.toIso1("pes")).isEqualTo("fa");
        assertThat(IsoCodes.toIso1("ceb")).isEqualTo("ceb");
        assertThat(IsoCodes.toIso1("EN")).isEqualTo("en");
    }
}
