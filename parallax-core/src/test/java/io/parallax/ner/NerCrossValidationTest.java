package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.corpus.LabeledDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NerCrossValidationTest {

    @Test
    void scoresEveryDocumentOnceWithAModelThatDidNotSeeIt() {
        List<LabeledDocument> docs = NerFixtures.documents(24, true, 1);
        List<String> errors = new ArrayList<>();
        List<String> predictions = new ArrayList<>();
        List<String> log = new ArrayList<>();
        NerCrossValidation.Result r = new NerCrossValidation(NerFixtures.config(false), Lexicons.none(), log::add)
                .run(docs, List.of(), new NerTrainer.Partial(List.of(), EnumSet.noneOf(EntityType.class)), 3,
                        errors::add, predictions::add);
        int gold = docs.stream().mapToInt(d -> d.sentences().stream().mapToInt(s -> s.names().size()).sum()).sum();
        assertThat(r.folds()).hasSize(3);
        assertThat(r.total().gold().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(gold);
        assertThat(r.total().overall().f1()).isGreaterThan(0.8);
        assertThat(log).hasSize(3);
        assertThat(errors).allSatisfy(e -> assertThat(e).contains("\t*"));
        // Every document once, whole: its tokens' lines carry the token, the gold tag and the predicted tag.
        assertThat(predictions).hasSize(docs.size()).allSatisfy(d -> assertThat(d).startsWith("-DOCSTART-\n\n"));
        long tokens = docs.stream().flatMap(d -> d.sentences().stream()).mapToLong(s -> s.tokens().size()).sum();
        List<String[]> lines = predictions.stream().flatMap(String::lines)
                .filter(l -> !l.isEmpty() && !l.startsWith("-DOCSTART-")).map(l -> l.split("\t")).toList();
        assertThat(lines).hasSize((int) tokens).allSatisfy(l -> assertThat(l).hasSize(3));
        long wrong = lines.stream().filter(l -> !l[1].equals(l[2])).count();
        assertThat(errors.stream().flatMap(String::lines).filter(l -> l.endsWith("\t*")).count()).isEqualTo(wrong);
    }

    @Test
    void rejectsTooFewDocuments() {
        NerCrossValidation cv = new NerCrossValidation(NerFixtures.config(false), Lexicons.none(), s -> { });
        assertThatThrownBy(() -> cv.run(NerFixtures.documents(2, true, 1), List.of(),
                new NerTrainer.Partial(List.of(), EnumSet.noneOf(EntityType.class)), 3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
