package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;
import io.parallax.ner.corpus.NerEvaluator;
import io.parallax.ner.corpus.NerScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trains tiny models on the synthetic fixture and checks that they generalise to names they never saw. */
class NerTrainerTest {

    private static NerTrainer.Result twoStage;

    @BeforeAll
    static void train() {
        Gazetteer gaz = Gazetteer.of(List.of("city"), Map.of("Lisbon", 1, "Malmo", 1));
        Lexicons lexicons = new Lexicons(WordClusters.none(), gaz, CaseLexicon.none());
        twoStage = new NerTrainer(NerFixtures.config(true), lexicons, line -> { })
                .train(NerFixtures.documents(40, true, 1));
    }

    @Test
    void findsUnseenNamesFromContext() {
        List<LabeledDocument> test = NerFixtures.documents(10, false, 2);
        LinearNameFinder finder = new LinearNameFinder(twoStage.model());
        assertThat(f1(finder, test, true)).isGreaterThan(0.9);
        assertThat(f1(finder, test, false)).isGreaterThan(0.9);
    }

    @Test
    void reportsHeldOutScoresAndACalibrationTemperature() {
        NerTrainer.Report r = twoStage.report();
        assertThat(r.heldOutDocuments()).isEqualTo(8);
        assertThat(r.heldOut().overall().f1()).isGreaterThan(0.8);
        assertThat(r.firstEpochs()).isBetween(1, 6);
        assertThat(r.document().temperature()).isPositive();
        assertThat(r.sentence().logLoss()).isBetween(0.0, 1.0);
        assertThat(twoStage.model().hasDocumentStage()).isTrue();
        assertThat(twoStage.model().info()).containsKey("heldOut.f1");
    }

    @Test
    void givesConfidencesBetweenZeroAndOneThatRankRightAboveWrong() {
        LinearNameFinder finder = new LinearNameFinder(twoStage.model());
        List<NameSpan> names = finder.find(new String[]{"Police", "in", "Bari", "arrested", "a", "man", "."});
        assertThat(names).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(EntityType.LOC);
            assertThat(n.confidence()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void survivesSerialisationUnchanged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        twoStage.model().write(bytes);
        NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.language()).isEqualTo("en");
        assertThat(back.featureCount()).isEqualTo(twoStage.model().featureCount());
        String[] sentence = {"Ines", "Rossi", "said", "on", "Monday", "that", "prices", "rose", "."};
        assertThat(new LinearNameFinder(back).find(sentence))
                .isEqualTo(new LinearNameFinder(twoStage.model()).find(sentence));
    }

    @Test
    void rejectsDamagedModels() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            twoStage.model().write(bytes);
            byte[] b = bytes.toByteArray();
            NerModel.read(new ByteArrayInputStream(java.util.Arrays.copyOf(b, b.length / 2)));
        }).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(new byte[]{1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void trainsASentenceOnlyModel() {
        NerTrainer.Result r = new NerTrainer(NerFixtures.config(false), Lexicons.none(), line -> { })
                .train(NerFixtures.documents(20, true, 3));
        assertThat(r.model().hasDocumentStage()).isFalse();
        assertThat(f1(new LinearNameFinder(r.model()), NerFixtures.documents(5, false, 4), true)).isGreaterThan(0.8);
    }

    @Test
    void trainsWithAnEnsembleOfPerceptrons() {
        NerTrainer.Result r = new NerTrainer(NerFixtures.config(false).withMembers(3), Lexicons.none(), line -> { })
                .train(NerFixtures.documents(20, true, 3));
        assertThat(f1(new LinearNameFinder(r.model()), NerFixtures.documents(5, false, 4), true)).isGreaterThan(0.8);
    }

    @Test
    void fixedEpochsTrainsExactlyThatManyInsteadOfStoppingEarly() {
        NerTrainingConfig chosen = NerFixtures.config(false).withEpochs(12, false);
        NerTrainer.Result early = new NerTrainer(chosen, Lexicons.none(), line -> { })
                .train(NerFixtures.documents(20, true, 3));
        NerTrainer.Result fixed = new NerTrainer(chosen.withEpochs(12, true), Lexicons.none(), line -> { })
                .train(NerFixtures.documents(20, true, 3));
        assertThat(early.report().firstEpochs()).isLessThan(12);
        assertThat(fixed.report().firstEpochs()).isEqualTo(12);
        assertThat(f1(new LinearNameFinder(fixed.model()), NerFixtures.documents(5, false, 4), true))
                .isGreaterThan(0.8);
    }

    private static double f1(NameFinder finder, List<LabeledDocument> docs, boolean document) {
        NerScores total = NerScores.empty();
        for (LabeledDocument d : docs) {
            List<List<NameSpan>> predicted = document ? finder.findAll(d.tokenArrays())
                    : d.tokenArrays().stream().map(finder::find).toList();
            List<List<NameSpan>> gold = new ArrayList<>();
            d.sentences().stream().map(LabeledSentence::names).forEach(gold::add);
            total = total.plus(NerEvaluator.scoreAll(gold, predicted));
        }
        return total.overall().f1();
    }
}
