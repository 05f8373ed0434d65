package io.parallax.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextBuilderAndWordsTest {

    @Test
    void normalizeCollapsesEveryKindOfSpaceAndTrims() {
        assertThat(TextBuilder.normalize("  a\t\n b\u00a0\u00a0c\u200bd\u3000 ")).isEqualTo("a b c d");
        assertThat(TextBuilder.normalize("already normal text")).isEqualTo("already normal text");
        assertThat(TextBuilder.normalize("x  y")).isEqualTo("x y");
        assertThat(TextBuilder.normalize("x \u00a0y")).isEqualTo("x y");
        assertThat(TextBuilder.normalize(" \n\t")).isEmpty();
        assertThat(TextBuilder.normalize("")).isEmpty();
        assertThat(TextBuilder.normalize("end ")).isEqualTo("end");
    }

    @Test
    void classWordsSplitAtSeparatorsAndCamelCase() {
        assertThat(Words.words("article-body__text relatedPosts  AD_slot2"))
                .containsExactly("article", "body", "text", "related", "posts", "ad", "slot2");
        assertThat(Words.words("--")).containsExactly("");
    }
}
