package io.parallax.pack.sv;

import io.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SwedishPackTest {

    private final SwedishPack pack = new SwedishPack();

    private List<String> tokens(String text) {
        return pack.tokenizer().tokenize(text).stream().map(s -> s.of(text)).toList();
    }

    private List<String> sentences(String text) {
        return pack.sentenceSplitter().split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void keepsAbbreviationsCompoundsAndGenitivesWhole() {
        assertThat(tokens("Det gäller t.ex. EU-kommissionen och EU:s budget, bl.a. 3,5 mdr kronor."))
                .containsExactly("Det", "gäller", "t.ex.", "EU-kommissionen", "och", "EU:s", "budget", ",", "bl.a.",
                        "3,5", "mdr", "kronor", ".");
    }

    @Test
    void separatesQuotationMarks() {
        assertThat(tokens("»Vi ger oss aldrig», sa han. ”Aldrig!”"))
                .containsExactly("»", "Vi", "ger", "oss", "aldrig", "»", ",", "sa", "han", ".", "”", "Aldrig", "!", "”");
    }

    @Test
    void keepsSuspendedCompoundHyphen() {
        assertThat(tokens("utrikes- och säkerhetspolitik")).containsExactly("utrikes-", "och", "säkerhetspolitik");
    }

    @Test
    void splitsSentencesButNotAtAbbreviationsOrInitials() {
        String text = "Mötet hölls kl. 18.30 i Stockholm. Där talade bl.a. A. Lindh om t.ex. Ryssland! ”Vad händer nu?” frågade hon.";
        assertThat(sentences(text)).containsExactly(
                "Mötet hölls kl. 18.30 i Stockholm.",
                "Där talade bl.a. A. Lindh om t.ex. Ryssland!",
                "”Vad händer nu?” frågade hon.");
    }

    @Test
    void splitsAfterClosingQuote() {
        String text = "Han sa: ”Det är slut.” Sedan gick han.";
        assertThat(sentences(text)).containsExactly("Han sa: ”Det är slut.”", "Sedan gick han.");
    }

    @Test
    void stemsWithLuceneLightStemmerAndKnowsStopWords() {
        assertThat(pack.stem("Kommissionerna")).isEqualTo(pack.stem("kommissionen"));
        assertThat(pack.stopWords()).contains("och", "att", "som");
        assertThat(pack.language()).isEqualTo("sv");
    }

    @Test
    void emptyInput() {
        assertThat(pack.sentenceSplitter().split("")).isEmpty();
        assertThat(pack.tokenizer().tokenize(" ")).isEmpty();
        List<Span> spans = pack.sentenceSplitter().split("utan punkt");
        assertThat(spans).containsExactly(new Span(0, 10));
    }

    @Test
    void tagsAndLemmatisesWithTheTrainedModels() {
        io.parallax.text.Tagger tagger = pack.tagger().orElseThrow();
        String[] words = {"Regeringen", "presenterade", "budgeten", "i", "riksdagen", "i", "går", "."};
        String[] tags = tagger.tag(words);
        assertThat(tags).containsExactly("NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "PUNCT");
        assertThat(tagger.lemmatize(words, tags)).contains("regering", "presentera", "budget", "riksdag");
    }
}
