package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Stacking must give every stage exactly the weights it had alone, for shared, own and unknown keys. */
class StackedWeightsTest {

    private static final int N = Labels.COUNT;

    @Test
    void eachStageScoresAsItDidAlone() {
        Random r = new Random(11);
        long[] keys = new long[3000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextLong();
        }
        ChainWeights first = stage(keys, 0, 2000, r);
        ChainWeights second = stage(keys, 1000, 3000, r);
        StackedWeights stacked = new StackedWeights(List.of(first, second));
        long[] probe = new long[4000];
        int[] tokens = new int[probe.length];
        for (int j = 0; j < probe.length; j++) {
            probe[j] = j < keys.length ? keys[j] : r.nextLong();
            tokens[j] = j % 7;
        }
        float[][] got = new float[2][7 * N];
        stacked.addAll(probe, tokens, probe.length, got, 0, 2, new int[StackedWeights.SCRATCH]);
        float[][] want = new float[2][7 * N];
        for (int j = 0; j < probe.length; j++) {
            first.add(probe[j], want[0], tokens[j] * N);
            second.add(probe[j], want[1], tokens[j] * N);
        }
        assertThat(got[0]).containsExactly(want[0]);
        assertThat(got[1]).containsExactly(want[1]);
        assertThat(want[0]).isNotEqualTo(new float[7 * N]);
    }

    @Test
    void scoresOnlyTheStagesAskedFor() {
        Random r = new Random(3);
        long[] keys = {r.nextLong(), r.nextLong()};
        StackedWeights stacked = new StackedWeights(List.of(stage(keys, 0, 2, r), stage(keys, 0, 2, r)));
        float[][] scores = new float[2][N];
        stacked.addAll(keys, new int[2], 2, scores, 1, 2, new int[StackedWeights.SCRATCH]);
        assertThat(scores[0]).containsOnly(0f);
        assertThat(scores[1]).isNotEqualTo(new float[N]);
    }

    @Test
    void aSingleStageUsesHalfSlots() {
        Random r = new Random(8);
        long[] keys = new long[500];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextLong();
        }
        ChainWeights only = stage(keys, 0, 500, r);
        StackedWeights stacked = new StackedWeights(List.of(only));
        float[][] got = new float[1][N];
        float[] want = new float[N];
        stacked.addAll(keys, new int[keys.length], keys.length, got, 0, 1, new int[StackedWeights.SCRATCH]);
        for (long k : keys) {
            only.add(k, want, 0);
        }
        assertThat(got[0]).containsExactly(want);
    }

    private static ChainWeights stage(long[] keys, int from, int to, Random r) {
        long[] own = java.util.Arrays.copyOfRange(keys, from, to);
        float[] w = new float[own.length * N];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextGaussian() * 3;
        }
        return new ChainWeights(own, w, new float[N * N]);
    }
}
