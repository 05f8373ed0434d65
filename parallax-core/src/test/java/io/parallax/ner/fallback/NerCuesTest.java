package io.parallax.ner.fallback;

import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NerCuesTest {

    @Test
    void readsSectionsSettingsAndInflections() {
        NerCues c = NerCues.parse("xx", List.of("[settings]", "capitalised-nouns = true", "compounds = true",
                "[org-head]", "Bank  # a comment", "[inflection]", "s >", "у > а"), "test");
        assertThat(c.settings()).isEqualTo(new NerCues.Settings(true, true));
        assertThat(c.has(NerCues.Kind.ORG_HEAD, "bank")).isTrue();
        assertThat(c.inflections()).containsExactly(new NerCues.Inflection("s", ""), new NerCues.Inflection("у", "а"));
        assertThat(c.forms("bayerns")).containsExactly("bayerns", "bayern");
        assertThat(c.forms("москву")).containsExactly("москву", "москва");
    }

    @Test
    void rejectsUnknownSectionsAndSettingsNamingTheFile() {
        assertThatThrownBy(() -> NerCues.parse("xx", List.of("[org-heads]", "bank"), "cues.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cues.txt")
                .hasMessageContaining("[org-heads]");
        assertThatThrownBy(() -> NerCues.parse("xx", List.of("[settings]", "nouns = true"), "cues.txt"))
                .hasMessageContaining("unknown setting 'nouns'");
        assertThatThrownBy(() -> NerCues.parse("xx", List.of("bank"), "cues.txt"))
                .hasMessageContaining("before any [section]");
        assertThatThrownBy(() -> NerCues.parse("xx", List.of("[inflection]", "s"), "cues.txt"))
                .hasMessageContaining("suffix > replacement");
    }

    @Test
    void packsJoinDefaultsTheirOwnCuesAndTheirTitles() {
        NerCues de = NerCues.load(new PackResources("de"));
        assertThat(de.settings().capitalisedNouns()).isTrue();
        assertThat(de.has(NerCues.Kind.TITLE, "kapitän")).isTrue();          // names-titles.txt
        assertThat(de.has(NerCues.Kind.TITLE, "meteorologin")).isTrue();     // ner-cues.txt
        assertThat(de.has(NerCues.Kind.ORG_DESIGNATOR, "gmbh")).isTrue();    // defaults
        NerCues none = NerCues.load(new PackResources("xx"));
        assertThat(none.settings().capitalisedNouns()).isFalse();
        assertThat(none.words(NerCues.Kind.SURNAME_ENDING)).contains("enko");
        for (String lang : List.of("de", "fr", "es")) {
            assertThat(new PackResources(lang).open(NerCues.FILE)).as(lang).isPresent();
        }
    }
}
