package io.parallax.pack;

import io.parallax.pack.base.BasePack;
import io.parallax.pack.base.UniversalPack;
import io.parallax.pack.en.EnglishPack;
import io.parallax.pack.sv.SwedishPack;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePacksStandardTest {

    private final LanguagePacks packs = LanguagePacks.standard();

    @Test
    void fullPacksOutrankBasePacks() {
        assertThat(packs.forLanguage("en")).isInstanceOf(EnglishPack.class);
        assertThat(packs.forLanguage("sv")).isInstanceOf(SwedishPack.class);
        assertThat(packs.forLanguage("en").tagger()).isPresent();
    }

    @Test
    void luceneLanguagesGetBasePacksAndOthersTheFallback() {
        assertThat(packs.forLanguage("de")).isExactlyInstanceOf(BasePack.class);
        assertThat(packs.forLanguage("am")).isInstanceOf(UniversalPack.class);
        assertThat(packs.forLanguage("und")).isInstanceOf(UniversalPack.class);
        assertThat(packs.covers("de")).isTrue();
        assertThat(packs.covers("am")).isFalse();
        assertThat(packs.languages()).contains("en", "sv", "de", "fr", "ru", "ar", "nb", "nn");
    }

    @Test
    void samePackEachTime() {
        assertThat(packs.forLanguage("fr")).isSameAs(packs.forLanguage("fr"));
    }
}
