package io.parallax.lang;

import io.parallax.model.LanguageGuess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped 79-language model, through the factory the pipeline uses. */
class StandardIdentifierTest {

    private static NgramLanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifiers.standard();
    }

    @Test
    void coversTheBenchmarkLanguages() {
        assertThat(identifier.model().languages()).hasSize(79).contains("en", "sv", "da", "nb", "nn", "am", "ti", "om", "si");
        assertThat(identifier.wordModel()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The mercenaries turned back before they reached Moscow.",
            "sv | Legosoldaterna vände om innan de nådde Moskva.",
            "da | Lejesoldaterne vendte om, før de nåede Moskva.",
            "nb | Leiesoldatene snudde før de nådde Moskva, og det er ikke klart hva som skjer nå.",
            "nn | Leigesoldatane snudde før dei nådde Moskva, og det er ikkje klart kva som skjer no.",
            "de | Die Söldner kehrten um, bevor sie Moskau erreichten.",
            "ru | Наемники повернули назад, не дойдя до Москвы.",
            "uk | Найманці повернули назад, не дійшовши до Москви.",
            "ar | عاد المرتزقة قبل أن يصلوا إلى موسكو.",
            "zh | 雇佣兵在抵达莫斯科之前就掉头了。",
            "ja | 傭兵たちはモスクワに到着する前に引き返した。",
            "am | ቅጥረኞቹ ሞስኮ ከመድረሳቸው በፊት ተመለሱ።",
            "fi | Palkkasoturit kääntyivät takaisin ennen kuin he saavuttivat Moskovan."})
    void identifiesNewsSentences(String expected, String text) {
        LanguageGuess g = identifier.identify(text);
        assertThat(g.language()).isEqualTo(expected);
        assertThat(g.confidence()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "😀😀😀", "12 345,67", "https://www.example.com/path?x=1", "nyheter@example.se"})
    void badInputIsUndeterminedWithZeroConfidence(String text) {
        LanguageGuess g = identifier.identify(text);
        assertThat(g.isUndetermined()).isTrue();
        assertThat(g.confidence()).isZero();
    }

    @Test
    void megabyteLinesAreAnswered() {
        assertThat(identifier.identify("Det här är en mening på svenska. ".repeat(32_000)).language()).isEqualTo("sv");
        assertThat(identifier.identify("😀".repeat(500_000)).isUndetermined()).isTrue();
        assertThat(identifier.identify("b".repeat(1_000_000)).isUndetermined()).isTrue();
        assertThat(identifier.identify("hahahahahaha").isUndetermined()).isTrue();
        assertThat(identifier.identify("en").isUndetermined()).isFalse();
    }

    @Test
    void chineseCharactersAloneAreChinese() {
        assertThat(identifier.identify("北京").language()).isEqualTo("zh");
        assertThat(identifier.identify("ひらがな").language()).isEqualTo("ja");
    }
}
