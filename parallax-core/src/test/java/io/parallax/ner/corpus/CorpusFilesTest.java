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
        Path file = dir.resolve("corpus.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("w").append(i).append("\t0\n\n");
        }
        Files.writeString(file, sb);
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
    void rejectsUnknownParts() throws IOException {
        Path file = Files.writeString(dir.resolve("c.txt"), "a O\n\n");
        assertThatThrownBy(() -> CorpusFiles.read(file + "#dev")).hasMessageContaining("#train or #test");
    }

    private static Set<String> tokens(List<LabeledDocument> docs) {
        Set<String> out = new HashSet<>();
        docs.forEach(d -> d.sentences().forEach(s -> out.addAll(s.tokens())));
        return out;
    }
}
