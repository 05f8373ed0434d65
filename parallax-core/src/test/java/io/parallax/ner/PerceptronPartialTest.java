package io.parallax.ner;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Training with sentences from a corpus that did not annotate one type (UNER has no MISC). */
class PerceptronPartialTest {

    private static final int N = Labels.COUNT;
    private static final int PERSON = Labels.of(EntityType.PER, Labels.U);
    private static final int MISC = Labels.of(EntityType.MISC, Labels.U);
    private static final int MISC_MASK = 1 << EntityType.MISC.ordinal();

    @Test
    void completesOnlyUnannotatedTokensAndOnlyWithUnannotatedTypes() {
        Perceptron.Instance x = new Perceptron.Instance(new int[][]{{0}, {1}}, new int[]{PERSON, Labels.O}, MISC_MASK);
        float[] scores = new float[2 * N];
        scores[PERSON + N] = 5;   // the weights like a person at token 1: not allowed (PER was annotated)
        scores[MISC + N] = 3;     // and a MISC name: allowed
        scores[Labels.O] = 9;     // and O at token 0: not allowed (the corpus says PER)
        int[] gold = Perceptron.completed(x, scores, new Lattice(new Lattice.Spec(new float[N * N], Double.NaN)));
        assertThat(gold).containsExactly(PERSON, MISC);
    }

    @Test
    void aCorpusWithoutMiscDoesNotTeachThatMiscNamesAreO() {
        // Feature 0 marks MISC names in the fully annotated data; the partial corpus has the same word as O.
        List<Perceptron.Instance> full = List.of(new Perceptron.Instance(new int[][]{{0}}, new int[]{MISC}));
        List<Perceptron.Instance> data = new ArrayList<>(full);
        List<Perceptron.Instance> asO = new ArrayList<>(full);
        for (int k = 0; k < 3; k++) {
            data.add(new Perceptron.Instance(new int[][]{{0}}, new int[]{Labels.O}, MISC_MASK));
            asO.add(new Perceptron.Instance(new int[][]{{0}}, new int[]{Labels.O}));
        }
        float[] partial = train(data);
        assertThat(NerFixtures.argmax(partial, 0)).isEqualTo(MISC);
        assertThat(train(asO)[Labels.O]).isGreaterThan(partial[Labels.O]);
    }

    private static float[] train(List<Perceptron.Instance> data) {
        Perceptron p = new Perceptron(1);
        Random random = new Random(3);
        for (int e = 0; e < 5; e++) {
            p.epoch(data, random);
        }
        return p.averaged();
    }
}
