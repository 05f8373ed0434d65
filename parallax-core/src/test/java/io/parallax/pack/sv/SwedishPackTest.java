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
    void readsNamesOutOfHyphenatedCompounds() {
        String text = "Nokia-aktien föll med tio procent i går. EU-kommissionen har inte svarat.";
        List<io.parallax.model.Sentence> sentences = new io.parallax.text.TextAnalyzer(pack.sentenceSplitter(),
                pack.tokenizer(), pack.tagger()).analyze(text, List.of());
        io.parallax.ner.NameFinder finder = pack.nameFinder().orElseThrow();
        List<io.parallax.model.Mention> plain = new io.parallax.ner.MentionFinder(finder)
                .find("d", text, sentences);
        List<io.parallax.model.Mention> read = new io.parallax.ner.MentionFinder(finder, pack.compoundNames())
                .find("d", text, sentences);

        assertThat(plain).extracting(io.parallax.model.Mention::text).doesNotContain("Nokia");
        io.parallax.model.Mention nokia = read.stream().filter(m -> m.text().equals("Nokia")).findFirst()
                .orElseThrow();
        assertThat(nokia.type()).isEqualTo(io.parallax.model.EntityType.ORG);
        assertThat(nokia.provenance().start()).isZero();
        assertThat(nokia.provenance().end()).isEqualTo(text.indexOf("-aktien"));
        // A compound the first reading names whole keeps that name, and nothing else changes.
        assertThat(read).filteredOn(m -> !m.text().equals("Nokia")).isEqualTo(plain);
    }

    @Test
    void longChainsOfJoinedPartsAreCutIntoTokensWithoutLosingCharacters() {
        // Each of these once overflowed the stack: the regex engine recursed once per joined part.
        for (String chain : new String[]{"x" + "y-z".repeat(5_000), "1.2".repeat(5_000), "a'b".repeat(5_000),
                "EU:s".repeat(3_000)}) {
            String text = "Före " + chain + " efter.";
            List<String> tokens = tokens(text);
            assertThat(String.join("", tokens)).isEqualTo(text.replace(" ", ""));
            assertThat(tokens).allMatch(t -> t.length() <= 4 * (SwedishTokenizer.MAX_JOINS + 1));
        }
    }

    @Test
    void compoundReadingOfALongSentenceKeepsEveryMentionInsideItsWord() {
        String text = "Nato-basen " + "Spotify-listan Nokia-aktien ".repeat(2_500) + "x" + "y-z".repeat(3_000) + ".";
        List<io.parallax.model.Sentence> sentences = new io.parallax.text.TextAnalyzer(pack.sentenceSplitter(),
                pack.tokenizer(), pack.tagger()).analyze(text, List.of());
        List<io.parallax.model.Mention> found = new io.parallax.ner.MentionFinder(pack.nameFinder().orElseThrow(),
                pack.compoundNames()).find("d", text, sentences);
        for (io.parallax.model.Mention m : found) {
            int start = m.provenance().start();
            int end = m.provenance().end();
            assertThat(text.substring(start, end)).isEqualTo(m.text());
            assertThat(m.text()).doesNotContain(" ").doesNotEndWith("-");
        }
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
