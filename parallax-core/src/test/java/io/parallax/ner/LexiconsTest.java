package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconsTest {

    private static final WordClusters EMBEDDINGS = new WordClusters(Map.of(
            "paris", WordClusters.encode("0000000011" + "0000000001" + "0000000010" + "0000000000"), "rome", WordClusters.encode("0000000011" + "0000000001" + "0000000010" + "0000000001"),
            "said", WordClusters.encode("0000000111" + "0000000000")));

    @Test
    void embeddingClustersSurviveSerialisation() throws IOException {
        WordClusters vectors = new WordClusters(Map.of("paris", WordClusters.encode("0000000101")));
        Lexicons lex = new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none(), DictionaryWords.none(),
                EMBEDDINGS, vectors);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lex.write(new DataOutputStream(bytes));
        Lexicons back = Lexicons.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true, true,
                true);
        assertThat(back.embeddings()).isEqualTo(EMBEDDINGS);
        assertThat(back.vectors()).isEqualTo(vectors);
        assertThat(back.clusters().size()).isZero();
    }

    @Test
    void readsLexiconsWrittenBeforeEmbeddingClusters() throws IOException {
        Lexicons old = new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        old.clusters().write(out);
        old.gazetteer().write(out);
        old.cases().write(out);
        old.dictionary().write(out);
        Lexicons back = Lexicons.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true, false,
                false);
        assertThat(back.embeddings().size()).isZero();
        assertThat(back.vectors().size()).isZero();
    }

    @Test
    void embeddingFeaturesFireOnlyWithEmbeddingsAndTellCoarseFromFineClusters() {
        Lexicons with = new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none(),
                DictionaryWords.none(), EMBEDDINGS);
        String[] paris = {"in", "Paris", "today"};
        String[] rome = {"in", "Rome", "today"};
        assertThat(keys(Lexicons.none(), paris)).isSubsetOf(keys(with, paris));
        Set<Long> added = keys(with, paris);
        added.removeAll(keys(Lexicons.none(), paris));
        assertThat(added).isNotEmpty();
        Set<Long> shared = keys(with, paris);
        shared.retainAll(keys(with, rome));
        Set<Long> sharedWithout = keys(Lexicons.none(), paris);
        sharedWithout.retainAll(keys(Lexicons.none(), rome));
        // Paris and Rome share their clusters at 16, 64 and 256 (as the token and as a neighbour), not at 1024.
        assertThat(shared.size()).isGreaterThan(sharedWithout.size());
        assertThat(added).isNotEqualTo(shared);
    }

    @Test
    void pretrainedVectorFeaturesAreTheirOwnAndFireOnlyWithVectors() {
        Lexicons embeddingsOnly = new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none(),
                DictionaryWords.none(), EMBEDDINGS);
        Lexicons both = new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none(),
                DictionaryWords.none(), EMBEDDINGS, EMBEDDINGS);
        String[] paris = {"in", "Paris", "today"};
        Set<Long> added = keys(both, paris);
        assertThat(added).containsAll(keys(embeddingsOnly, paris));
        added.removeAll(keys(embeddingsOnly, paris));
        // The same tree as vectors gives keys of its own, not those of the embedding clusters again.
        assertThat(added).isNotEmpty();
    }

    private static Set<Long> keys(Lexicons lexicons, String[] tokens) {
        Set<Long> out = new HashSet<>();
        new FeatureExtractor(lexicons).extract(FeatureExtractor.forms(tokens), (t, key) -> out.add(key));
        return out;
    }
}
