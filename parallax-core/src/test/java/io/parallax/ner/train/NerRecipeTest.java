package io.parallax.ner.train;

import io.parallax.model.EntityType;
import io.parallax.ner.NerTrainingConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NerRecipeTest {

    @Test
    void crossValidationRefusesAGazetteerMadeFromTheScoredCorpus() {
        NerRecipe recipe = new NerRecipe(NerTrainingConfig.defaults("sv"), List.of("/data/corpus.txt#train"),
                List.of(), 0, 1, new GazetteerSources.Spec(null, null, List.of("/data/corpus.txt")), null, null,
                List.of(), Set.of(EntityType.MISC), 0, null);

        assertThatThrownBy(() -> recipe.crossValidate(5, line -> { }, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/data/corpus.txt");
    }
}
