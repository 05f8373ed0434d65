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
        List<String> log = new ArrayList<>();
        NerCrossValidation.Result r = new NerCrossValidation(NerFixtures.config(false), Lexicons.none(), log::add)
                .run(docs, List.of(), new NerTrainer.Partial(List.of(), EnumSet.noneOf(EntityType.class)), 3,
                        errors::add);
        int gold = docs.stream().mapToInt(d -> d.sentences().stream().mapToInt(s -> s.names().size()).sum()).sum();
        assertThat(r.folds()).hasSize(3);
        assertThat(r.total().gold().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(gold);
        assertThat(r.total().overall().f1()).isGreaterThan(0.8);
        assertThat(log).hasSize(3);
        assertThat(errors).allSatisfy(e -> assertThat(e).contains("\t*"));
    }

    @Test
    void rejectsTooFewDocuments() {
        NerCrossValidation cv = new NerCrossValidation(NerFixtures.config(false), Lexicons.none(), s -> { });
        assertThatThrownBy(() -> cv.run(NerFixtures.documents(2, true, 1), List.of(),
                new NerTrainer.Partial(List.of(), EnumSet.noneOf(EntityType.class)), 3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
