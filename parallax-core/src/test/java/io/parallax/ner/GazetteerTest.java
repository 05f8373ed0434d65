package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.of(List.of("city", "country"),
            Map.of("Rostov-on-Don", 1, "Moscow", 1, "Russia", 2, "United States", 2));

    @Test
    void matchesWhateverTheTokenisation() {
        assertThat(marks("Rostov-on-Don")).containsExactly(bit(0, Labels.U));
        assertThat(marks("Rostov-", "on", "-", "Don"))
                .containsExactly(bit(0, Labels.B), bit(0, Labels.I), bit(0, Labels.I), bit(0, Labels.L));
        assertThat(marks("in", "the", "UNITED", "STATES"))
                .containsExactly(0, 0, bit(1, Labels.B), bit(1, Labels.L));
    }

    @Test
    void matchesAPossessiveOrGenitiveLastToken() {
        assertThat(marks("Russia's", "army")).containsExactly(bit(1, Labels.U), 0);
        assertThat(marks("Russia\u2019s")).containsExactly(bit(1, Labels.U));
    }

    @Test
    void looksUpWholePhrases() {
        assertThat(gazetteer.lookup("moscow")).isEqualTo(1);
        assertThat(gazetteer.lookup("United")).isZero();
        assertThat(gazetteer.lookup("nowhere")).isZero();
    }

    @Test
    void survivesSerialisation() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        gazetteer.write(new DataOutputStream(bytes));
        Gazetteer back = Gazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(back.categories()).containsExactly("city", "country");
        assertThat(back.lookup("United States")).isEqualTo(2);
        assertThat(back.size()).isEqualTo(gazetteer.size());
    }

    private int[] marks(String... tokens) {
        return GazetteerMarks.mark(gazetteer, FeatureExtractor.forms(tokens));
    }

    private static int bit(int category, int position) {
        return 1 << (4 * category + position);
    }
}
