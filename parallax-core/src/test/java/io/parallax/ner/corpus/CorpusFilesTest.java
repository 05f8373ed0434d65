package io.parallax.ner.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusFilesTest {

    @TempDir
    Path dir;

    @Test
    void splitsBlocksOfSentencesEightyTwentyWithoutOverlap() throws IOException {
        Path file = oneTokenSentences(200);
        List<LabeledDocument> train = CorpusFiles.read(file + "#train");
        List<LabeledDocument> test = CorpusFiles.read(file + "#test");
        assertThat(train).hasSize(8);
        assertThat(test).hasSize(2);
        Set<String> trainTokens = tokens(train);
        Set<String> testTokens = tokens(test);
        assertThat(trainTokens).doesNotContainAnyElementsOf(testTokens);
        assertThat(trainTokens.size() + testTokens.size()).isEqualTo(200);
        assertThat(testTokens).contains("w80", "w99", "w180").doesNotContain("w0", "w79");
    }

    @Test
    void everyKthTrainingUnitIsASubsetOfTrainSpreadOverTheFile() throws IOException {
        Path file = oneTokenSentences(400);
        Set<String> train = tokens(CorpusFiles.read(file + "#train"));
        List<LabeledDocument> half = CorpusFiles.read(file + "#train/2");
        List<LabeledDocument> quarter = CorpusFiles.read(file + "#train/4");
        assertThat(half).hasSize(8);
        assertThat(quarter).hasSize(4);
        assertThat(train).containsAll(tokens(half));
        assertThat(tokens(half)).containsAll(tokens(quarter));
        // training units 0, 4, 8, 12 are blocks 0, 5, 10, 15 of the file's 20: spread over it, not its first quarter
        assertThat(tokens(quarter)).contains("w0", "w100", "w200", "w300").doesNotContain("w20", "w80");
        assertThat(CorpusFiles.read(file + "#train/1")).hasSameSizeAs(CorpusFiles.read(file + "#train"));
    }

    @Test
    void rejectsUnknownParts() throws IOException {
        Path file = Files.writeString(dir.resolve("c.txt"), "a O\n\n");
        assertThatThrownBy(() -> CorpusFiles.read(file + "#dev")).hasMessageContaining("#train, #test");
        assertThatThrownBy(() -> CorpusFiles.read(file + "#train/0")).hasMessageContaining("train/0");
        assertThatThrownBy(() -> CorpusFiles.read(file + "#train/x")).hasMessageContaining("train/x");
    }

    /** A corpus of sentences {@code w0}, {@code w1}, …, one token each, all unlabelled. */
    private Path oneTokenSentences(int count) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("w").append(i).append("\t0\n\n");
        }
        return Files.writeString(dir.resolve("corpus.txt"), sb);
    }

    private static Set<String> tokens(List<LabeledDocument> docs) {
        Set<String> out = new HashSet<>();
        docs.forEach(d -> d.sentences().forEach(s -> out.addAll(s.tokens())));
        return out;
    }
}
