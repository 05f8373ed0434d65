package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChainWeightsTest {

    private static final int N = Labels.COUNT;

    @Test
    void keepsEveryWeightWithinOnePartIn254OfItsRowMaximum() throws IOException {
        Random r = new Random(5);
        int n = 5000;
        long[] keys = new long[n];
        float[] w = new float[n * N];
        for (int i = 0; i < n; i++) {
            keys[i] = r.nextLong();
            for (int y = 0; y < N; y++) {
                w[i * N + y] = (float) (r.nextGaussian() * (1 + i % 7));
            }
        }
        ChainWeights cw = roundTrip(new ChainWeights(keys, w, new float[N * N]));
        for (int i = 0; i < n; i += 37) {
            float max = 0;
            for (int y = 0; y < N; y++) {
                max = Math.max(max, Math.abs(w[i * N + y]));
            }
            for (int y = 0; y < N; y++) {
                assertThat(cw.weight(keys[i], y)).isCloseTo(w[i * N + y], within(max / 254 + 1e-6f));
            }
        }
        assertThat(cw.features()).isEqualTo(n);
    }

    @Test
    void scoresNothingForUnknownKeys() {
        ChainWeights cw = new ChainWeights(new long[]{42L}, new float[N], new float[N * N]);
        float[] scores = new float[N];
        cw.add(43L, scores, 0);
        assertThat(scores).containsOnly(0f);
    }

    private static ChainWeights roundTrip(ChainWeights cw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cw.write(new DataOutputStream(bytes));
        return ChainWeights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
