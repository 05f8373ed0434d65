package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.corpus.LabeledSentence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AugmenterTest {

    @Test
    void attachesPossessivesAndSplitsJointsKeepingTheNames() {
        LabeledSentence s = new NerFixtures.Builder().name(EntityType.PER, "Putin").words("'s", "men", "reached")
                .name(EntityType.LOC, "Rostov-on-Don").words(".").build();
        LabeledSentence v = new Augmenter(1, 1.0, false, Map.of()).variant(s).orElseThrow();
        assertThat(v.tokens().get(0)).isIn("Putin's", "Putin\u2019s");
        assertThat(v.names()).extracting(v::text).first().isEqualTo(v.tokens().get(0));
        assertThat(v.names()).extracting(NameSpan::type).containsExactly(EntityType.PER, EntityType.LOC);
        assertThat(v.text(v.names().get(1))).isIn("Rostov - on - Don", "Rostov- on - Don");
    }

    @Test
    void labelsTheKnownNameInACompound() {
        LabeledSentence s = new NerFixtures.Builder().words("en", "Netflix-serie", ".").build();
        LabeledSentence v = new Augmenter(1, 1.0, false, Map.of("netflix", EntityType.ORG)).variant(s).orElseThrow();
        assertThat(v.names()).singleElement().satisfies(n -> {
            assertThat(v.text(n)).isEqualTo("Netflix");
            assertThat(n.type()).isEqualTo(EntityType.ORG);
        });
    }

    @Test
    void putsNamesInTheGenitive() {
        LabeledSentence s = new NerFixtures.Builder().name(EntityType.LOC, "Ryssland").words("president").build();
        LabeledSentence v = new Augmenter(1, 1.0, true, Map.of()).variant(s).orElseThrow();
        assertThat(v.tokens()).containsExactly("Rysslands", "president");
        assertThat(v.names()).extracting(NameSpan::type).containsExactly(EntityType.LOC);
    }

    @Test
    void leavesSentencesWithNothingToChange() {
        LabeledSentence s = new LabeledSentence(List.of("nothing", "here"), List.of());
        assertThat(new Augmenter(1, 1.0, true, Map.of()).variant(s)).isEmpty();
    }
}
