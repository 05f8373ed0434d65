package io.parallax.ner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input: each case must finish with no exception. The timeouts only catch hangs (they are far above the
 * expected milliseconds); speed itself is measured by {@code parallax eval ner}.
 */
@Timeout(60)
class LinearNameFinderTest {

    private static LinearNameFinder finder;

    @BeforeAll
    static void train() {
        finder = new LinearNameFinder(new NerTrainer(NerFixtures.config(true), Lexicons.none(), line -> { })
                .train(NerFixtures.documents(20, true, 1)).model());
    }

    @Test
    void emptyInput() {
        assertThat(finder.find(new String[0])).isEmpty();
        assertThat(finder.findAll(List.of())).isEmpty();
        assertThat(finder.findAll(List.of(new String[0], new String[0]))).containsExactly(List.of(), List.of());
    }

    @Test
    void tokensOfTenThousandCharacters() {
        String big = "A" + "x".repeat(9_999);
        assertThat(finder.find(new String[]{big, "said", big, "."})).allSatisfy(n -> assertThat(n.end()).isLessThan(5));
    }

    @Test
    void sentencesOfFiveThousandTokens() {
        String[] tokens = new String[5_000];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = i % 9 == 0 ? "Lisbon" : i % 5 == 0 ? "Rossi" : "word";
        }
        List<NameSpan> names = finder.find(tokens);
        assertThat(names).allSatisfy(n -> assertThat(n.end()).isLessThanOrEqualTo(5_000));
        List<String[]> twice = List.of(tokens, tokens);
        assertThat(finder.findAll(twice)).hasSize(2);
        for (int i = 1; i < names.size(); i++) {
            assertThat(names.get(i).start()).isGreaterThanOrEqualTo(names.get(i - 1).end());
        }
    }

    @Test
    void controlCharactersEmptyAndNullTokens() {
        String[] tokens = {"\u0000", "Ines\u0007", "", "\u202E\uFEFF", null, "\uD800", "Costa", "\t\n", "."};
        assertThat(finder.find(tokens)).allSatisfy(n -> assertThat(n.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void aNullSentenceInADocumentCountsAsEmpty() {
        List<String[]> doc = Arrays.asList(null, new String[]{"Bari"});
        assertThat(finder.findAll(doc)).hasSize(2);
    }
}
