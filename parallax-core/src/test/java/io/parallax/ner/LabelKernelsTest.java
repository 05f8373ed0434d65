package io.parallax.ner;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scalar kernels against plain definitions, and the vector kernels (when this JVM has them, as the build's
 * tests do) against the scalar ones: the same numbers to the last bit, but the exponential's.
 */
class LabelKernelsTest {

    private static final int N = Labels.COUNT;
    private final Random random = new Random(11);
    private final ScalarKernels scalar = new ScalarKernels();

    @Test
    void scalarScaledBytesAreTheBytesTimesTheScale() {
        byte[] bytes = new byte[N];
        random.nextBytes(bytes);
        long[] table = new long[4];
        for (int y = 0; y < N; y++) {
            table[1 + (y >>> 3)] |= (bytes[y] & 0xFFL) << ((y & 7) << 3);
        }
        float[] scores = new float[N + 3];
        scalar.addScaledBytes(table, 1, 0.25f, scores, 2);
        for (int y = 0; y < N; y++) {
            assertThat(scores[2 + y]).isEqualTo(bytes[y] * 0.25f);
        }
        assertThat(scores[0]).isZero();
        assertThat(scores[N + 2]).isZero();
    }

    @Test
    void scalarMaxPlusAndSumProductsFollowTheirDefinitions() {
        float[] delta = floats(2 * N);
        float[] transitions = floats(N * N);
        float[] emissions = floats(2 * N);
        scalar.maxPlus(delta, 0, N, transitions, emissions);
        double[] in = doubles(N);
        double[] weights = doubles(N * N);
        double[] out = new double[N];
        scalar.sumProducts(in, 0, weights, out, 0);
        for (int y = 0; y < N; y++) {
            float best = Float.NEGATIVE_INFINITY;
            double sum = 0;
            for (int p = 0; p < N; p++) {
                best = Math.max(best, delta[p] + transitions[p * N + y]);
                sum += in[p] * weights[p * N + y];
            }
            assertThat(delta[N + y]).isEqualTo(best + emissions[N + y]);
            assertThat(out[y]).isEqualTo(sum);
        }
    }

    @Test
    void vectorKernelsGiveTheScalarNumbers() {
        LabelKernels vector = LabelKernels.BEST;
        assumeTrue(vector.vectorised(), "no vector kernels in this JVM (needs --add-modules jdk.incubator.vector"
                + " and 512-bit vectors): skipping");
        for (int trial = 0; trial < 200; trial++) {
            float[][] rows = new float[5][];
            for (int d = 0; d < 5; d++) {
                rows[d] = floats(5 * N);
            }
            float[] a = floats(3 * N);
            float[] b = a.clone();
            scalar.addRows(a, N, rows[0], rows[1], rows[2], rows[3], rows[4]);
            vector.addRows(b, N, rows[0], rows[1], rows[2], rows[3], rows[4]);
            assertThat(b).containsExactly(a);

            long[] table = new long[8];
            for (int i = 0; i < table.length; i++) {
                table[i] = random.nextLong();
            }
            float scale = random.nextFloat();
            float[] c = floats(2 * N);
            float[] d = c.clone();
            scalar.addScaledBytes(table, 2, scale, c, N);
            vector.addScaledBytes(table, 2, scale, d, N);
            assertThat(d).containsExactly(c);

            float[] transitions = floats(N * N);
            float[] emissions = floats(3 * N);
            float[] delta = floats(3 * N);
            float[] delta2 = delta.clone();
            scalar.maxPlus(delta, N, 2 * N, transitions, emissions);
            vector.maxPlus(delta2, N, 2 * N, transitions, emissions);
            assertThat(delta2).containsExactly(delta);

            double[] in = doubles(2 * N);
            double[] weights = doubles(N * N);
            double[] out = new double[3 * N];
            double[] out2 = new double[3 * N];
            scalar.sumProducts(in, N, weights, out, N);
            vector.sumProducts(in, N, weights, out2, N);
            assertThat(out2).containsExactly(out);

            double temperature = 0.3 + 3 * random.nextDouble();
            double[] e = new double[2 * N];
            double[] e2 = new double[2 * N];
            scalar.exponentiate(emissions, N, temperature, -2 * temperature, e);
            vector.exponentiate(emissions, N, temperature, -2 * temperature, e2);
            for (int i = 0; i < e.length; i++) {
                assertThat(e2[i]).isCloseTo(e[i], within(1e-15));
            }
        }
    }

    @Test
    void aSystemPropertyForcesTheScalarKernels() {
        String before = System.getProperty("parallax.kernels");
        System.setProperty("parallax.kernels", "scalar");
        try {
            assertThat(LabelKernels.best()).isInstanceOf(ScalarKernels.class);
        } finally {
            if (before == null) {
                System.clearProperty("parallax.kernels");
            } else {
                System.setProperty("parallax.kernels", before);
            }
        }
    }

    private float[] floats(int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) (random.nextGaussian() * 5);
        }
        return out;
    }

    private double[] doubles(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextDouble();
        }
        return out;
    }
}
