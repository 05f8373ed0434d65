package io.parallax.ner;

/** {@link LabelKernels} in plain Java. Stateless and thread-safe. */
final class ScalarKernels implements LabelKernels {

    private static final int N = Labels.COUNT;

    @Override
    public void addRows(float[] scores, int to, float[] a, float[] b, float[] c, float[] d, float[] e) {
        for (int y = 0; y < N; y++) {
            addRows(scores, to, y, a, b, c, d, e);
        }
    }

    /**
     * {@link #addRows} for label {@code y} alone: the five rows in the order of distance, so the sum is that of
     * adding the rows one after the other, with one store instead of five.
     */
    static void addRows(float[] scores, int to, int y, float[] a, float[] b, float[] c, float[] d, float[] e) {
        float s = scores[to + y];
        s += a[y];
        s += b[N + y];
        s += c[2 * N + y];
        s += d[3 * N + y];
        s += e[4 * N + y];
        scores[to + y] = s;
    }

    @Override
    public void addScaledBytes(long[] table, int from, float scale, float[] scores, int at) {
        long low = table[from];
        long high = table[from + 1];
        for (int y = 0; y < 8; y++) {
            scores[at + y] += (byte) (low >>> (y << 3)) * scale;
        }
        for (int y = 0; y < 8; y++) {
            scores[at + 8 + y] += (byte) (high >>> (y << 3)) * scale;
        }
        scores[at + 16] += (byte) table[from + 2] * scale;
    }

    @Override
    public void maxPlus(float[] delta, int prevRow, int row, float[] transitions, float[] emissions) {
        for (int y = 0; y < N; y++) {
            float best = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < N; p++) {
                float s = delta[prevRow + p] + transitions[p * N + y];
                best = s > best ? s : best;
            }
            delta[row + y] = best + emissions[row + y];
        }
    }

    @Override
    public void sumProducts(double[] in, int inRow, double[] weights, double[] out, int outRow) {
        for (int y = 0; y < N; y++) {
            double s = 0;
            for (int p = 0; p < N; p++) {
                s += in[inRow + p] * weights[p * N + y];
            }
            out[outRow + y] = s;
        }
    }

    @Override
    public void exponentiate(float[] scores, int row, double temperature, double cut, double[] out) {
        float max = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < N; y++) {
            max = Math.max(max, scores[row + y]);
        }
        for (int y = 0; y < N; y++) {
            double x = scores[row + y] - max;
            out[row + y] = x < cut ? 0 : Math.exp(x / temperature);
        }
    }
}
