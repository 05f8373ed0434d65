package io.parallax.pack.en;

import io.parallax.model.Span;
import io.parallax.text.Tagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishPackTest {

    private static EnglishPack pack;

    @BeforeAll
    static void load() {
        pack = new EnglishPack();
    }

    @Test
    void splitsSentencesAndTokens() {
        String text = "Prigozhin's men stopped 200 km from Moscow. The mutiny ended on Saturday.";
        List<Span> sentences = pack.sentenceSplitter().split(text);
        assertThat(sentences).hasSize(2);
        String first = sentences.get(0).of(text);
        List<String> tokens = pack.tokenizer().tokenize(first).stream().map(s -> s.of(first)).toList();
        assertThat(tokens).contains("Prigozhin", "'s", "200", "Moscow", ".");
    }

    @Test
    void splitsAFullStopFromAWordButNotFromAnAbbreviation() {
        String text = "He vowed to confront the chief of staff, Valery Gerasimov. Gen. Surovikin and Acme Inc. stayed.";
        List<String> tokens = pack.tokenizer().tokenize(text).stream().map(s -> s.of(text)).toList();
        assertThat(tokens).contains("Gerasimov", "Inc.").doesNotContain("Gerasimov.");
        EnglishTokenizer refiner = new EnglishTokenizer(t -> List.of(), java.util.Set.of("gen"));
        assertThat(refiner.finalStop("Gerasimov.")).isTrue();
        assertThat(refiner.finalStop("Gen.")).isFalse();
        assertThat(refiner.finalStop("U.S.")).isFalse();
        assertThat(refiner.finalStop("J.")).isFalse();
    }

    @Test
    void keepsAHyphenatedNameOneTokenAndLeavesOtherHyphensAlone() {
        String text = "Troops held Rostov-on-Don, a well-known city, for 24-hour shifts - and left.";
        List<String> tokens = pack.tokenizer().tokenize(text).stream().map(s -> s.of(text)).toList();
        assertThat(tokens).contains("Rostov-on-Don", "-").doesNotContain("Rostov-", "-Don", "on");
        assertThat(EnglishTokenizer.hyphenatedWords("Ab-Cd", List.of(new Span(0, 3), new Span(3, 5))))
                .containsExactly(new Span(0, 5));
        assertThat(EnglishTokenizer.hyphenatedWords("Ab-based", List.of(new Span(0, 2), new Span(2, 8))))
                .containsExactly(new Span(0, 2), new Span(2, 8));
        assertThat(EnglishTokenizer.hyphenatedWords("Ab--Cd", List.of(new Span(0, 3), new Span(3, 6))))
                .containsExactly(new Span(0, 3), new Span(3, 6));
        // a long run of touching pieces (hostile input) is looked at a few pieces at a time
        String run = "A-".repeat(20_000);
        List<Span> pieces = new ArrayList<>();
        for (int at = 0; at < run.length(); at += 2) {
            pieces.add(new Span(at, at + 1));
            pieces.add(new Span(at + 1, at + 2));
        }
        List<Span> joined = EnglishTokenizer.hyphenatedWords(run, pieces);
        assertThat(joined).hasSizeLessThan(pieces.size());
        assertThat(joined.get(0).start()).isZero();
        assertThat(joined.get(joined.size() - 1).end()).isEqualTo(run.length());
    }

    @Test
    void splitsAPhotoCreditButNotOtherSlashes() {
        String text = "Rostov-on-Don on June 24, 2023. REUTERS/Stringer";
        List<String> tokens = pack.tokenizer().tokenize(text).stream().map(s -> s.of(text)).toList();
        assertThat(tokens).containsSubsequence("REUTERS", "/", "Stringer");
        for (String whole : List.of("and/or", "AP/x", "News/2023", "/Page", "A/B")) {
            assertThat(EnglishTokenizer.creditParts(whole, new Span(0, whole.length()))).hasSize(1);
        }
    }

    @Test
    void tagsWithUposAndLemmatises() {
        Tagger tagger = pack.tagger().orElseThrow();
        String[] tokens = {"The", "soldiers", "were", "marching", "towards", "the", "capital", "."};
        String[] tags = tagger.tag(tokens);
        assertThat(tags).containsExactly("DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT");
        assertThat(tagger.lemmatize(tokens, tags)).containsExactly("the", "soldier", "be", "march", "towards", "the",
                "capital", ".");
    }

    @Test
    void stemsAndKnowsStopWords() {
        assertThat(pack.stem("Running")).isEqualTo("run");
        assertThat(pack.stopWords()).contains("the", "and");
        assertThat(pack.language()).isEqualTo("en");
    }

    @Test
    void sameAnswersFromManyThreads() throws Exception {
        Tagger tagger = pack.tagger().orElseThrow();
        String[][] sentences = {
                "The cat sat on the mat .".split(" "),
                "Soldiers marched quickly through the empty streets .".split(" "),
                "She will announce the results tomorrow .".split(" ")};
        List<String> expected = Arrays.stream(sentences).map(s -> String.join(" ", tagger.tag(s))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % sentences.length;
                results.add(pool.submit(() -> String.join(" ", tagger.tag(sentences[k])).equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyInputIsHarmless() {
        assertThat(pack.sentenceSplitter().split("")).isEmpty();
        assertThat(pack.tokenizer().tokenize("")).isEmpty();
        assertThat(pack.tagger().orElseThrow().tag(new String[0])).isEmpty();
    }

    @Test
    void splitsClitics() {
        String text = "They don't know Putin's plan or the firms' offices.";
        List<String> tokens = pack.tokenizer().tokenize(text).stream().map(s -> s.of(text)).toList();
        assertThat(tokens).containsExactly("They", "do", "n't", "know", "Putin", "'s", "plan", "or", "the", "firms",
                "'", "offices", ".");
    }
}
