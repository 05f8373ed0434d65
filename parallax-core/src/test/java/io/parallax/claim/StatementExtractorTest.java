package io.parallax.claim;

import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Statement.Quantity;
import io.parallax.pack.PackResources;
import io.parallax.testing.Analyzed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementExtractorTest {

    private static List<Double> figures(String lang, String text) {
        AnalyzedDocument d = Analyzed.build("d", lang, text, List.of()).document();
        return d.sentences().stream()
                .flatMap(s -> StatementExtractor.quantities("d", s, List.of(), ClaimLexicon.load(new PackResources(lang)))
                        .stream())
                .map(Quantity::value).toList();
    }

    @Test
    void readsDigitsWithTheSeparatorsOfEachLanguage() {
        assertThat(StatementExtractor.digits("1,124")).isEqualTo(1124.0);
        assertThat(StatementExtractor.digits("1.200.000")).isEqualTo(1_200_000.0);
        assertThat(StatementExtractor.digits("2,5")).isEqualTo(2.5);
        assertThat(StatementExtractor.digits("12,50")).isEqualTo(12.5);
        assertThat(StatementExtractor.digits("3.75")).isEqualTo(3.75);
        assertThat(StatementExtractor.digits("1,234.5")).isEqualTo(1234.5);
        assertThat(StatementExtractor.digits("1.234,5")).isEqualTo(1234.5);
        assertThat(StatementExtractor.digits("12\u00A0000")).isEqualTo(12_000.0);
        assertThat(StatementExtractor.digits("7-8")).isNull();
    }

    @Test
    void joinsThousandsWrittenWithSpaces() {
        assertThat(figures("fr", "Un ferry transportant près de 1 200 passagers s'est échoué.")).containsExactly(1200.0);
        assertThat(figures("sv", "Omkring 12 000 människor och 3 båtar deltog.")).containsExactly(12_000.0, 3.0);
        assertThat(figures("en", "Some 2 million people and 300 soldiers.")).containsExactly(2_000_000.0, 300.0);
    }
}
