package io.parallax.link.translit;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trains a tiny model on a synthetic fixture: Latin names written in Cyrillic by ICU's own rules. */
class TransliterationTrainerTest {

    private static TransliterationModel model;
    private static List<TranslitPair> fixture;

    @BeforeAll
    static void train() {
        Transliterator toCyrillic = Transliterator.getInstance("Latin-Cyrillic");
        Random r = new Random(3);
        String[] syllables = {"ka", "lo", "mi", "ri", "sa", "to", "va", "ne", "dor", "vin", "shev", "zha", "ko",
                "len", "bor", "pa", "ta", "gri", "nov", "la"};
        fixture = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0, n = 2 + r.nextInt(3); s < n; s++) {
                b.append(syllables[r.nextInt(syllables.length)]);
            }
            fixture.add(new TranslitPair(b.toString(), toCyrillic.transliterate(b.toString()), true));
        }
        model = new TransliterationTrainer().train(fixture,
                new TransliterationConfig("fixture", 3, 2, 4, 0.8, 10_000, 1, 3, false, 2, 0.5, 50));
    }

    @Test
    void separatesTruePairsFromHardNegatives() {
        assertThat(model.heldOut().get("calibration.accuracy")).isGreaterThan(0.85);
        TransliterationScorer s = new TransliterationScorer(model);
        assertThat(s.probability("kalomi", "каломи")).isGreaterThan(0.5);
        assertThat(s.probability("kalomi", "каломин")).isLessThan(s.probability("kalomi", "каломи"));
        assertThat(s.probability("torivan", "каломи")).isLessThan(0.5);
    }

    @Test
    void aNameOneLetterFromABetterFitHasTheLargerEditMargin() {
        double[] right = model.margins.features("kalomi", cyrillic("каломи"));
        double[] wrong = model.margins.features("kalomin", cyrillic("каломи"));
        assertThat(right[1]).isGreaterThanOrEqualTo(0).isLessThan(wrong[1]);
        assertThat(right[2]).isGreaterThanOrEqualTo(right[1]);
        assertThat(model.unitWeights).as("the decision weighs frequent units").isNotEmpty();
    }

    private static int[] cyrillic(String s) {
        return s.codePoints().toArray();
    }

    @Test
    void theGateTurnsAwayUnrelatedNamesAndLetsTrueOnesThrough() {
        assertThat(model.gate).as("trained with unrelated negatives, so with a gate").isNotEmpty();
        assertThat(model.heldOut().get("gate.unrelatedRejected")).isGreaterThan(0.9);
        TransliterationScorer s = new TransliterationScorer(model);
        TranslitText text = new TranslitText();
        int trueThrough = 0;
        int unrelatedThrough = 0;
        List<TranslitPair> sample = fixture.subList(0, 200);
        for (int i = 0; i < sample.size(); i++) {
            TranslitPair p = sample.get(i);
            TranslitPair other = sample.get((i + 100) % sample.size());
            trueThrough += s.plausibility(s.features(text.latin(p.latin()), text.target(p.other()))) >= 0.5 ? 1 : 0;
            unrelatedThrough += s.probability(other.latin(), p.other()) >= 0.5 ? 1 : 0;
        }
        assertThat(trueThrough).isGreaterThan(190);
        assertThat(unrelatedThrough).isLessThan(10);
    }

    @Test
    void roundTripsThroughItsFileFormat() throws Exception {
        assertThat(model.trees.trees()).as("the file holds boosted trees too").isPositive();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        TransliterationModel back = TransliterationModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        TransliterationScorer a = new TransliterationScorer(model);
        TransliterationScorer b = new TransliterationScorer(back);
        for (TranslitPair p : fixture.subList(0, 50)) {
            assertThat(b.probability(p.latin(), p.other())).isEqualTo(a.probability(p.latin(), p.other()));
        }
        assertThatThrownBy(() -> TransliterationModel.read(new ByteArrayInputStream(new byte[]{1, 2, 3})))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void treesThatReadMissingInputsAreRefused() {
        BoostedTrees wild = new BoostedTrees(1, new int[]{TransliterationScorer.FEATURES + 5}, new double[]{0},
                new double[]{-1, 1});
        assertThatThrownBy(() -> model.withTrees(wild, model.heldOut()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("trees read input");
    }

    @Test
    void badInputScoresZeroWithoutThrowing() {
        TransliterationScorer s = new TransliterationScorer(model);
        assertThat(s.probability("", "каломи")).isZero();
        assertThat(s.probability("a".repeat(1000), "к".repeat(1000))).isZero();
        assertThat(s.probability("kalomi", "!!!")).isZero();
        assertThat(s.probability("k", "к")).isBetween(0.0, 1.0);
    }

    @Test
    void hardNegativesAreTheNearestOtherName() {
        HardNegatives h = new HardNegatives(List.of(new TranslitPair("villers", "виллерс", true),
                new TranslitPair("villiers", "вилльерс", true), new TranslitPair("karlsson", "карлссон", true)),
                new TranslitText());
        List<TranslitPair> out = h.withNegatives(List.of(new TranslitPair("villers", "виллерс", true)));
        assertThat(out).containsExactly(new TranslitPair("villers", "виллерс", true),
                new TranslitPair("villiers", "виллерс", false));
    }
}
