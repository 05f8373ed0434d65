package io.parallax.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Checks Viterbi and the span probabilities against brute force over every valid labelling of short sentences. */
class LatticeTest {

    private static final int N = Labels.COUNT;

    /** The kernels to test: the scalar ones, and the vector ones when this JVM has them. */
    static List<LabelKernels> kernels() {
        List<LabelKernels> out = new ArrayList<>(List.of(new ScalarKernels()));
        if (LabelKernels.BEST.vectorised()) {
            out.add(LabelKernels.BEST);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void viterbiAndSpanProbabilitiesMatchBruteForce(LabelKernels kernels) {
        Random r = new Random(3);
        for (int trial = 0; trial < 5; trial++) {
            int n = 3;
            float[] emissions = random(r, n * N);
            float[] transitions = random(r, N * N);
            double temperature = 0.5 + trial;
            Lattice lattice = new Lattice(new Lattice.Spec(transitions, temperature), kernels);
            int[] best = lattice.viterbi(emissions, n);
            List<int[]> all = valid(n);
            double z = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int[] y : all) {
                double s = score(y, emissions, transitions);
                z += Math.exp(s / temperature);
                bestScore = Math.max(bestScore, s);
            }
            assertThat(score(best, emissions, transitions)).isCloseTo(bestScore, within(1e-4));
            lattice.forwardBackward(emissions, n);
            for (int[] span : Labels.spans(best)) {
                double expected = 0;
                for (int[] y : all) {
                    if (sameOn(y, best, span[0], span[1])) {
                        expected += Math.exp(score(y, emissions, transitions) / temperature) / z;
                    }
                }
                assertThat(lattice.spanProbability(best, span[0], span[1])).isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void blockByBlockAndVectorColumnsAgree() {
        org.junit.jupiter.api.Assumptions.assumeTrue(LabelKernels.BEST.vectorised(),
                "no vector kernels in this JVM (run with --add-modules jdk.incubator.vector): skipping");
        Random r = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + r.nextInt(60);
            float[] emissions = random(r, n * N);
            for (int i = 0; i < emissions.length; i++) {
                emissions[i] *= 4;
            }
            Lattice.Spec spec = new Lattice.Spec(random(r, N * N), 0.5 + r.nextDouble() * 3);
            Lattice blocks = new Lattice(spec, new ScalarKernels());
            Lattice vectors = new Lattice(spec, LabelKernels.BEST);
            int[] labels = blocks.viterbi(emissions, n);
            assertThat(vectors.viterbi(emissions, n)).containsExactly(labels);
            blocks.forwardBackward(emissions, n);
            vectors.forwardBackward(emissions, n);
            for (int i = 0; i < n; i++) {
                for (int y = 0; y < N; y++) {
                    assertThat(vectors.marginal(i, y)).isCloseTo(blocks.marginal(i, y), within(1e-12));
                }
            }
            for (int[] span : Labels.spans(labels)) {
                assertThat(vectors.spanProbability(labels, span[0], span[1]))
                        .isCloseTo(blocks.spanProbability(labels, span[0], span[1]), within(1e-12));
            }
        }
    }

    private static boolean sameOn(int[] a, int[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static double score(int[] y, float[] e, float[] t) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += e[i * N + y[i]] + (i > 0 ? t[y[i - 1] * N + y[i]] : 0);
        }
        return s;
    }

    private static List<int[]> valid(int n) {
        List<int[]> out = new ArrayList<>();
        extend(new int[n], 0, out);
        return out;
    }

    private static void extend(int[] y, int i, List<int[]> out) {
        if (i == y.length) {
            if (Labels.allowed(y[i - 1], -1)) {
                out.add(y.clone());
            }
            return;
        }
        for (int label = 0; label < N; label++) {
            if (Labels.allowed(i == 0 ? -1 : y[i - 1], label)) {
                y[i] = label;
                extend(y, i + 1, out);
            }
        }
    }

    private static float[] random(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }
}
