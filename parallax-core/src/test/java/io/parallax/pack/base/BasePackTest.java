package io.parallax.pack.base;

import io.parallax.pack.LanguagePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasePackTest {

    @ParameterizedTest
    @CsvSource({
            "de, Häuser, Haus",
            "fr, maisons, maison",
            "es, libros, libro",
            "ru, книгами, книга",
            "fi, taloissa, talo",
            "nl, boeken, boek",
            "tr, evlerde, evler",
            "da, husene, hus",
            "nb, bilene, bil"})
    void stemsInflectedFormsLikeTheirBase(String lang, String inflected, String base) {
        LanguagePack pack = new BasePack(lang);
        assertThat(pack.stem(inflected)).isEqualTo(pack.stem(base));
    }

    @Test
    void everyCoveredLanguageWorks() {
        for (String lang : LuceneLanguages.all().keySet()) {
            BasePack pack = new BasePack(lang);
            assertThat(pack.tokenizer().tokenize("abc 123.")).as(lang).hasSize(3);
            assertThat(pack.sentenceSplitter().split("One. Two.")).as(lang).isNotEmpty();
            assertThat(pack.stem("Word")).as(lang).isNotNull();
            Set<String> stop = pack.stopWords();
            if (!Set.of("zh", "ja", "ko").contains(lang)) {
                assertThat(stop).as(lang + " stop words").isNotEmpty();
            }
        }
    }

    @Test
    void stemOfEmptyWordIsEmpty() {
        assertThat(new BasePack("de").stem("")).isEmpty();
    }

    @Test
    void rejectsUncoveredLanguage() {
        assertThatThrownBy(() -> new BasePack("xx")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xx");
    }

    @Test
    void universalPackWorksForAnyLanguage() {
        UniversalPack pack = new UniversalPack("am");
        String text = "ሰላም ለዓለም። ደህና ነህ?";
        assertThat(pack.sentenceSplitter().split(text)).hasSize(2);
        assertThat(pack.tokenizer().tokenize(text)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(pack.stem("ÅSKA")).isEqualTo("åska");
        assertThat(new UniversalPack("und").sentenceSplitter().split("")).isEmpty();
    }
}
