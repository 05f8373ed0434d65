package io.parallax.ner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenFormsTest {

    @Test
    void normalisesTypographicPunctuationAndDropsControlCharacters() {
        TokenForms t = new TokenForms("Putin\u2019s\u0007");
        assertThat(t.norm).isEqualTo("Putin's");
        assertThat(t.head).isEqualTo("putin");
    }

    @Test
    void findsTheNamePartOfJointsAndClitics() {
        assertThat(new TokenForms("UK-").head).isEqualTo("uk");
        assertThat(new TokenForms("REUTERS/Stringer").head).isEqualTo("reuters");
        assertThat(new TokenForms("Netflix-serie").head).isEqualTo("netflix");
        assertThat(new TokenForms("USA:s").head).isEqualTo("usa");
        assertThat(new TokenForms("Moscow").head).isNull();
    }

    @Test
    void offersTheGenitiveStemOfCapitalisedWords() {
        assertThat(new TokenForms("Rysslands").genitiveStem).isEqualTo("ryssland");
        assertThat(new TokenForms("Prigozjins").genitiveStem).isEqualTo("prigozjin");
        assertThat(new TokenForms("hus").genitiveStem).isNull();
        assertThat(new TokenForms("Hans").genitiveStem).isEqualTo("han");
    }

    @Test
    void describesShapeAndCase() {
        TokenForms t = new TokenForms("McDonald");
        assertThat(t.shape).isEqualTo("XxXx");
        assertThat(t.capitalised()).isTrue();
        assertThat(new TokenForms("NATO").is(TokenForms.ALL_CAPS)).isTrue();
        assertThat(new TokenForms("1996-08-22").shape).isEqualTo("d-d-d");
    }

    @Test
    void boundsTheWorkOnHugeAndEmptyTokens() {
        TokenForms huge = new TokenForms("x".repeat(10_000));
        assertThat(huge.norm).hasSize(TokenForms.MAX_CHARS);
        assertThat(new TokenForms("").norm).isEqualTo("_");
        assertThat(new TokenForms("\u0000\u0001").norm).isEqualTo("_");
    }
}
