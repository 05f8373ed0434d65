package io.parallax.ner;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrfLearnerTest {

    private static final int N = Labels.COUNT;
    private static final int PERSON = Labels.of(EntityType.PER, Labels.U);
    private static final int PLACE = Labels.of(EntityType.LOC, Labels.U);
    private static final int OTHER = Labels.of(EntityType.MISC, Labels.U);
    private static final int B_ORG = Labels.of(EntityType.ORG, Labels.B);
    private static final int L_ORG = Labels.of(EntityType.ORG, Labels.L);

    @Test
    void learnsWhichFeatureMarksWhichType() {
        List<Perceptron.Instance> data = List.of(
                new Perceptron.Instance(new int[][]{{0}}, new int[]{PERSON}),
                new Perceptron.Instance(new int[][]{{1}}, new int[]{PLACE}));
        float[] w = trained(data, 2, 5);
        assertThat(NerFixtures.argmax(w, 0)).isEqualTo(PERSON);
        assertThat(NerFixtures.argmax(w, 1)).isEqualTo(PLACE);
    }

    @Test
    void everyPassMakesTheGoldSequenceMoreProbable() {
        // feature 0: "Acme", feature 1: "Ltd", feature 2: "said"; a two-token organisation then O
        Perceptron.Instance x = new Perceptron.Instance(new int[][]{{0}, {1}, {2}},
                new int[]{B_ORG, L_ORG, Labels.O});
        CrfLearner crf = new CrfLearner(3, new float[N * N], 0.05);
        double before = goldProbability(x, crf);
        for (int e = 0; e < 10; e++) {
            crf.epoch(List.of(x), new Random(e));
            double now = goldProbability(x, crf);
            assertThat(now).isGreaterThan(before);
            before = now;
        }
        float[] scores = new float[3 * N];
        x.score(crf.averaged(), scores);
        assertThat(new Lattice(new Lattice.Spec(crf.averagedTransitions(), 1.0)).viterbi(scores, 3))
                .containsExactly(B_ORG, L_ORG, Labels.O);
    }

    private static double goldProbability(Perceptron.Instance x, CrfLearner crf) {
        int n = x.labels().length;
        float[] scores = new float[n * N];
        x.score(crf.averaged(), scores);
        Lattice lattice = new Lattice(new Lattice.Spec(crf.averagedTransitions(), 1.0));
        lattice.forwardBackward(scores, n);
        return lattice.spanProbability(x.labels(), 0, n);
    }

    @Test
    void aCorpusWithoutOtherNamesDoesNotTeachThatTheyAreNotNames() {
        // feature 0 marks MISC where MISC is annotated; three times as many sentences come from a corpus that
        // does not annotate MISC and leaves the same word O
        List<Perceptron.Instance> data = new ArrayList<>();
        int misc = 1 << EntityType.MISC.ordinal();
        for (int i = 0; i < 4; i++) {
            data.add(new Perceptron.Instance(new int[][]{{0}}, new int[]{OTHER}));
            for (int k = 0; k < 3; k++) {
                data.add(new Perceptron.Instance(new int[][]{{0}}, new int[]{Labels.O}, misc));
            }
        }
        assertThat(NerFixtures.argmax(trained(data, 1, 5), 0)).isEqualTo(OTHER);
        List<Perceptron.Instance> fully = data.stream()
                .map(x -> new Perceptron.Instance(x.features(), x.labels())).toList();
        assertThat(NerFixtures.argmax(trained(fully, 1, 5), 0)).isEqualTo(Labels.O);
    }

    @Test
    void rejectsAStepSizeThatIsNotPositive() {
        assertThatThrownBy(() -> new CrfLearner(1, new float[N * N], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] trained(List<Perceptron.Instance> data, int features, int epochs) {
        CrfLearner crf = new CrfLearner(features, new float[N * N], 0.05);
        Random random = new Random(3);
        for (int e = 0; e < epochs; e++) {
            crf.epoch(data, random);
        }
        return crf.averaged();
    }
}
