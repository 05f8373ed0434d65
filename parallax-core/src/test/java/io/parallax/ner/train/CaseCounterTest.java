package io.parallax.ner.train;

import io.parallax.ner.CaseLexicon;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCounterTest {

    @Test
    void countsCapitalsAwayFromTheStartOfSentences() {
        CaseCounter c = new CaseCounter(2);
        for (int i = 0; i < 3; i++) {
            c.add("Paradoxically , we met in Moscow .".split(" "));
            c.add("It was paradoxically cold in Moscow .".split(" "));
            c.add("MOSCOW IS COLD".split(" "));
        }
        CaseLexicon lex = c.lexicon();
        assertThat(lex.bucket("paradoxically")).isEqualTo(1);
        assertThat(lex.bucket("moscow")).isEqualTo(5);
        assertThat(lex.bucket("is")).isEqualTo(CaseLexicon.UNSEEN);
        assertThat(lex.bucket("unknown")).isEqualTo(CaseLexicon.UNSEEN);
    }
}
