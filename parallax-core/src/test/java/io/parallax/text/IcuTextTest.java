package io.parallax.text;

import io.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcuTextTest {

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsSentencesAndKeepsKnownAbbreviations() {
        String text = "Mr. Smith went to Washington.  He met the president! Did he? ";
        List<Span> spans = new IcuSentenceSplitter("en").split(text);
        assertThat(texts(text, spans)).containsExactly("Mr. Smith went to Washington.", "He met the president!", "Did he?");
    }

    @Test
    void tokenisesWordsNumbersAndPunctuationWithoutSpaces() {
        String text = "Det kostar 3,5 miljoner, sa hon.";
        assertThat(texts(text, new IcuTokenizer("sv").tokenize(text)))
                .containsExactly("Det", "kostar", "3,5", "miljoner", ",", "sa", "hon", ".");
    }

    @Test
    void segmentsThaiAndChineseWithDictionaries() {
        String thai = "ภาษาไทยง่ายนิดเดียว";
        assertThat(new IcuTokenizer("th").tokenize(thai)).hasSizeGreaterThan(2);
        String chinese = "我们今天去北京。";
        assertThat(texts(chinese, new IcuTokenizer("zh").tokenize(chinese))).contains("北京", "。");
    }

    @Test
    void emptyAndBlankTextHaveNoSpans() {
        assertThat(new IcuSentenceSplitter("und").split("")).isEmpty();
        assertThat(new IcuSentenceSplitter("und").split(" \n\u00A0 ")).isEmpty();
        assertThat(new IcuTokenizer("und").tokenize("   ")).isEmpty();
    }
}
