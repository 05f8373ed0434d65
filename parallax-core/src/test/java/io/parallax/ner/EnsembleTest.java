package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnsembleTest {

    private static final int N = Labels.COUNT;

    private static final int PERSON = Labels.of(io.parallax.model.EntityType.PER, Labels.U);
    private static final int PLACE = Labels.of(io.parallax.model.EntityType.LOC, Labels.U);

    /** Two one-token sentences with one feature each: feature 0 marks a person, feature 1 a place. */
    private static final List<Perceptron.Instance> DATA = List.of(
            new Perceptron.Instance(new int[][]{{0}}, new int[]{PERSON}),
            new Perceptron.Instance(new int[][]{{1}}, new int[]{PLACE}));

    @Test
    void oneMemberIsAPlainPerceptron() {
        Ensemble one = new Ensemble(1, () -> new Perceptron(2));
        Perceptron plain = new Perceptron(2);
        for (int e = 0; e < 3; e++) {
            one.epoch(DATA, new Random(e));
            plain.epoch(DATA, new Random(e));
        }
        assertThat(one.averaged()).containsExactly(plain.averaged());
        assertThat(one.averagedTransitions()).containsExactly(plain.averagedTransitions());
    }

    @Test
    void averagesMembersThatEachLearnTheData() {
        Ensemble three = new Ensemble(3, () -> new Perceptron(2));
        Random random = new Random(5);
        for (int e = 0; e < 4; e++) {
            three.epoch(DATA, random);
        }
        float[] w = three.averaged();
        assertThat(w).hasSize(2 * N);
        assertThat(NerFixtures.argmax(w, 0)).isEqualTo(PERSON);
        assertThat(NerFixtures.argmax(w, 1)).isEqualTo(PLACE);
    }

    @Test
    void rejectsAnEmptyEnsemble() {
        assertThatThrownBy(() -> new Ensemble(0, () -> new Perceptron(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
