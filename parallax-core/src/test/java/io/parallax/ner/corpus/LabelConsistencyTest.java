package io.parallax.ner.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelConsistencyTest {

    @Test
    void countsNamesAgainstTheirStringsMajorityAndUnlabelledRepeats() {
        List<LabeledDocument> corpus = List.of(new LabeledDocument("d", List.of(
                sentence("polisen ORG säger O"),
                sentence("polisen ORG kom O"),
                sentence("polisen O grep O"),
                sentence("polisen MISC grep O"),
                sentence("Anna PER Berg PER och O Anna PER"),
                sentence("Berg LOC ligger O"))));
        LabelConsistency c = LabelConsistency.of(corpus);
        assertThat(c.names()).isEqualTo(6);
        // "polisen" is ORG twice, O once, MISC once: the MISC is against the majority, the O a repeat left
        // unlabelled; "Anna" and "Berg" inside "Anna Berg" are parts, which neither count nor vote
        assertThat(c.againstMajority()).isEqualTo(1);
        assertThat(c.unlabelled()).isEqualTo(1);
        assertThat(c.againstMajorityPercent()).isCloseTo(100.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aStringMostlyLeftUnlabelledCountsItsNamesAgainstTheMajority() {
        LabelConsistency c = LabelConsistency.of(List.of(new LabeledDocument("d", List.of(
                sentence("The O band O"), sentence("The O end O"), sentence("The MISC played O")))));
        assertThat(c.names()).isEqualTo(1);
        assertThat(c.againstMajority()).isEqualTo(1);
        assertThat(c.unlabelled()).isZero();
    }

    @Test
    void aConsistentCorpusScoresZero() {
        LabelConsistency c = LabelConsistency.of(List.of(new LabeledDocument("d", List.of(
                sentence("Oslo LOC och O Oslo LOC"), sentence("i O Oslo LOC")))));
        assertThat(c.names()).isEqualTo(3);
        assertThat(c.againstMajority()).isZero();
        assertThat(c.unlabelled()).isZero();
    }

    @Test
    void anEmptyCorpusHasNoNames() {
        LabelConsistency c = LabelConsistency.of(List.of());
        assertThat(c.names()).isZero();
        assertThat(c.unlabelledPercent()).isZero();
    }

    private static LabeledSentence sentence(String tokensAndTags) {
        String[] f = tokensAndTags.split(" ");
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < f.length; i += 2) {
            tokens.add(f[i]);
            tags.add(f[i + 1]);
        }
        return LabeledSentence.fromTags(tokens, tags);
    }
}
