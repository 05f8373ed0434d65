package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerceptronEnsembleTest {

    private static final int N = Labels.COUNT;

    private static final int PERSON = Labels.of(io.parallax.model.EntityType.PER, Labels.U);
    private static final int PLACE = Labels.of(io.parallax.model.EntityType.LOC, Labels.U);

    /** Two one-token sentences with one feature each: feature 0 marks a person, feature 1 a place. */
    private static final List<Perceptron.Instance> DATA = List.of(
            new Perceptron.Instance(new int[][]{{0}}, new int[]{PERSON}),
            new Perceptron.Instance(new int[][]{{1}}, new int[]{PLACE}));

    @Test
    void oneMemberIsAPlainPerceptron() {
        PerceptronEnsemble one = new PerceptronEnsemble(2, new float[N * N], 1);
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
        PerceptronEnsemble three = new PerceptronEnsemble(2, new float[N * N], 3);
        Random random = new Random(5);
        for (int e = 0; e < 4; e++) {
            three.epoch(DATA, random);
        }
        float[] w = three.averaged();
        assertThat(w).hasSize(2 * N);
        assertThat(argmax(w, 0)).isEqualTo(PERSON);
        assertThat(argmax(w, 1)).isEqualTo(PLACE);
    }

    @Test
    void rejectsAnEmptyEnsemble() {
        assertThatThrownBy(() -> new PerceptronEnsemble(2, new float[N * N], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int argmax(float[] w, int row) {
        int best = 0;
        for (int k = 1; k < N; k++) {
            if (w[row * N + k] > w[row * N + best]) {
                best = k;
            }
        }
        return best;
    }
}
