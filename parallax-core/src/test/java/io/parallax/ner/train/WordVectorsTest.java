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

    @Test
    void splitGivesEachLeafChildrenThatSeparateItsOwnGroups() {
        // One leaf holding two tight groups (around x and around y), and one leaf of two words.
        Random r = new Random(7);
        double[][] vectors = new double[12][];
        long[] paths = new long[12];
        for (int w = 0; w < 10; w++) {
            double x = w < 5 ? 1 : 0;
            vectors[w] = new double[]{x + 0.01 * r.nextGaussian(), 1 - x + 0.01 * r.nextGaussian(), 0};
            VectorTree.normalise(vectors[w]);
            paths[w] = 1L << VectorTree.LEVEL_BITS | 3;
        }
        vectors[10] = new double[]{0, 0, 1};
        vectors[11] = new double[]{0, 0, 1};
        paths[10] = paths[11] = 1L << VectorTree.LEVEL_BITS | 4;
        long[] split = VectorTree.split(vectors, paths, new Random(1));
        for (int w = 0; w < 12; w++) {
            assertThat(WordClusters.prefix(split[w], VectorTree.LEVEL_BITS)).isEqualTo(paths[w]);
            assertThat(split[w]).isNotEqualTo(paths[w]);
        }
        // Four children for two groups: a group may take more than one, but no child holds both.
        java.util.Set<Long> nearX = java.util.Arrays.stream(split, 0, 5).boxed()
                .collect(java.util.stream.Collectors.toSet());
        assertThat(java.util.Arrays.stream(split, 5, 10)).noneMatch(nearX::contains);
        assertThat(split[10]).isNotEqualTo(split[11]);
        assertThat(VectorTree.split(vectors, paths, new Random(1))).isEqualTo(split);
    }

    @Test
    void leavesAreUpToBottomUpOrExactlyOneSplitMore() {
        VectorTree.checkLeaves(VectorTree.BOTTOM_UP_LEAVES);
        VectorTree.checkLeaves(VectorTree.MAX_LEAVES);
        for (int bad : new int[]{8, VectorTree.BOTTOM_UP_LEAVES + 1, 2 * VectorTree.BOTTOM_UP_LEAVES,
                8 * VectorTree.BOTTOM_UP_LEAVES}) {
            assertThatThrownBy(() -> VectorTree.checkLeaves(bad)).as("%d", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
