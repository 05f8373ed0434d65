package io.parallax.ner.train;

import io.parallax.ner.WordClusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WordVectorsTest {

    @TempDir
    Path dir;

    @Test
    void readsGloveTextInFileOrderAndLowerCases() throws IOException {
        Path f = dir.resolve("v.txt");
        Files.writeString(f, "the 1 0 0\nParis 0 3 4\n\nrome 0 4 3\n");
        WordVectors v = WordVectors.read(f, 0);
        assertThat(v.words()).containsExactly("the", "paris", "rome");
        assertThat(v.vectors()[1]).containsExactly(new double[]{0, 0.6, 0.8}, within(1e-12));
        assertThat(WordVectors.read(f, 2).words()).containsExactly("the", "paris");
    }

    @Test
    void readsWinkJsonGzippedInTheOrderOfItsWordList() throws IOException {
        Path f = dir.resolve("v.json.gz");
        String json = "{\"precision\":8,\"dimensions\":2,\"words\":[\"b\",\"a\",\"c\"],"
                + "\"vectors\":{\"a\":[3,4,5,1],\"b\":[1,0,1,0],\"c\":[0,2,2,2]},\"unkVector\":[0,0,0,0]}";
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(json.getBytes(StandardCharsets.UTF_8));
        }
        WordVectors v = WordVectors.read(f, 0);
        assertThat(v.words()).containsExactly("b", "a", "c");
        assertThat(v.vectors()[1]).containsExactly(new double[]{0.6, 0.8}, within(1e-12));
        assertThat(WordVectors.read(f, 1).words()).containsExactly("b");
    }

    @Test
    void badFilesGiveAClearError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path ragged = Files.writeString(dir.resolve("ragged.txt"), "a 1 2\nb 1 2 3\n");
        Path notNumbers = Files.writeString(dir.resolve("words.txt"), "a b c\n");
        Path brokenJson = Files.writeString(dir.resolve("broken.json"), "{\"dimensions\":2,\"vectors\":{\"a\":[1");
        for (Path f : List.of(empty, ragged, notNumbers, brokenJson, dir.resolve("missing.txt"))) {
            assertThatThrownBy(() -> WordVectors.read(f, 0)).as(f.toString())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(f.getFileName().toString());
        }
    }

    @Test
    void clustersKeepNearVectorsTogetherAtEveryLevel() throws IOException {
        // Three groups of words around three far-apart directions, with a little noise.
        Random r = new Random(5);
        StringBuilder text = new StringBuilder();
        List<String> groups = List.of("city", "animal", "day");
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < 30; i++) {
                text.append(groups.get(g)).append(i);
                for (int d = 0; d < 6; d++) {
                    text.append(' ').append(String.format(Locale.ROOT, "%.4f",
                            (d / 2 == g ? 1 : 0) + 0.05 * r.nextGaussian()));
                }
                text.append('\n');
            }
        }
        Path f = Files.writeString(dir.resolve("groups.txt"), text);
        WordClusters c = WordVectors.read(f, 0).cluster(64, 3, line -> { });
        assertThat(c.size()).isEqualTo(90);
        // No cluster of the top level (16) or the one below (64) mixes words of two groups.
        for (int bits : new int[]{VectorTree.LEVEL_BITS, 2 * VectorTree.LEVEL_BITS}) {
            java.util.Map<Long, java.util.Set<String>> groupsOf = new java.util.HashMap<>();
            for (String group : groups) {
                for (int i = 0; i < 30; i++) {
                    groupsOf.computeIfAbsent(WordClusters.prefix(c.exactPath(group + i), bits),
                            k -> new java.util.HashSet<>()).add(group);
                }
            }
            assertThat(groupsOf.values()).as("%d bits", bits).allMatch(g -> g.size() == 1);
        }
        assertThat(WordVectors.read(f, 0).cluster(64, 3, line -> { })).isEqualTo(c);
    }
}
