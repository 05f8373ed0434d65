package io.parallax.text;

import io.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ElisionTokenizerTest {

    private final Tokenizer fr = new ElisionTokenizer(new IcuTokenizer("fr"), Set.of("l", "d", "qu", "jusqu"));

    private List<String> tokens(String text) {
        return fr.tokenize(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsElidedArticlesOffTheirWord() {
        assertThat(tokens("l'Ukraine et la Banque d’investissement qu'il visite jusqu'à Lviv"))
                .containsExactly("l'", "Ukraine", "et", "la", "Banque", "d’", "investissement", "qu'", "il",
                        "visite", "jusqu'", "à", "Lviv");
    }

    @Test
    void leavesOtherApostrophesAlone() {
        assertThat(tokens("aujourd'hui O'Neill")).containsExactly("aujourd'hui", "O'Neill");
    }

    @Test
    void spansStayOrderedAndInsideTheText() {
        String text = "d'Allemagne, l'«Europe» et 1'000 c'est";
        int last = 0;
        for (Span s : fr.tokenize(text)) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
            last = s.end();
        }
    }
}
