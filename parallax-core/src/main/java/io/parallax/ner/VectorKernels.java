package io.parallax.ner;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LabelKernels} with the JDK's incubating vector API: labels 0–15 in one 512-bit vector, label 16 alone.
 * Each lane does the scalar code's operations in the scalar code's order (no fused multiply-add), so the results
 * are the same to the last bit. Loaded by name ({@link LabelKernels#best}) only when the module is present.
 * Stateless and thread-safe.
 */
final class VectorKernels implements LabelKernels {

    private static final int N = Labels.COUNT;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_512;
    private static final VectorSpecies<Long> TWO_LONGS = LongVector.SPECIES_128;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_512;
    /** Labels in one vector of doubles. */
    private static final int HALF = DOUBLES.length();
    /** The label done alone, after the vector. */
    private static final int LAST = N - 1;

    static {
        if (FLOATS.length() != LAST || 2 * HALF != LAST) {
            throw new ExceptionInInitializerError("the kernels are written for 16 labels in a vector and one more");
        }
    }

    @Override
    public boolean vectorised() {
        return true;
    }

    /** Usable when the processor does 512-bit vectors natively; emulated ones would be slower than scalar code. */
    @Override
    public boolean usable() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize() >= FLOATS.vectorBitSize();
    }

    @Override
    public void addRows(float[] scores, int to, float[] a, float[] b, float[] c, float[] d, float[] e) {
        FloatVector.fromArray(FLOATS, scores, to)
                .add(FloatVector.fromArray(FLOATS, a, 0))
                .add(FloatVector.fromArray(FLOATS, b, N))
                .add(FloatVector.fromArray(FLOATS, c, 2 * N))
                .add(FloatVector.fromArray(FLOATS, d, 3 * N))
                .add(FloatVector.fromArray(FLOATS, e, 4 * N))
                .intoArray(scores, to);
        ScalarKernels.addRows(scores, to, LAST, a, b, c, d, e);
    }

    @Override
    public void addScaledBytes(long[] table, int from, float scale, float[] scores, int at) {
        ByteVector bytes = LongVector.fromArray(TWO_LONGS, table, from).reinterpretAsBytes();
        FloatVector weights = (FloatVector) bytes.convertShape(VectorOperators.B2F, FLOATS, 0);
        FloatVector.fromArray(FLOATS, scores, at).add(weights.mul(scale)).intoArray(scores, at);
        scores[at + LAST] += (byte) table[from + 2] * scale;
    }

    @Override
    public void maxPlus(float[] delta, int prevRow, int row, float[] transitions, float[] emissions) {
        FloatVector best = FloatVector.broadcast(FLOATS, Float.NEGATIVE_INFINITY);
        float bestLast = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < N; p++) {
            float d = delta[prevRow + p];
            best = best.max(FloatVector.fromArray(FLOATS, transitions, p * N).add(d));
            float s = d + transitions[p * N + LAST];
            bestLast = s > bestLast ? s : bestLast;
        }
        best.add(FloatVector.fromArray(FLOATS, emissions, row)).intoArray(delta, row);
        delta[row + LAST] = bestLast + emissions[row + LAST];
    }

    @Override
    public void sumProducts(double[] in, int inRow, double[] weights, double[] out, int outRow) {
        DoubleVector low = DoubleVector.zero(DOUBLES);
        DoubleVector high = DoubleVector.zero(DOUBLES);
        double last = 0;
        for (int p = 0; p < N; p++) {
            double x = in[inRow + p];
            low = low.add(DoubleVector.fromArray(DOUBLES, weights, p * N).mul(x));
            high = high.add(DoubleVector.fromArray(DOUBLES, weights, p * N + HALF).mul(x));
            last += x * weights[p * N + LAST];
        }
        low.intoArray(out, outRow);
        high.intoArray(out, outRow + HALF);
        out[outRow + LAST] = last;
    }

    @Override
    public void exponentiate(float[] scores, int row, double temperature, double cut, double[] out) {
        FloatVector v = FloatVector.fromArray(FLOATS, scores, row);
        float max = Math.max(v.reduceLanes(VectorOperators.MAX), scores[row + LAST]);
        FloatVector x = v.sub(max);
        for (int part = 0; part < 2; part++) {
            DoubleVector d = (DoubleVector) x.convertShape(VectorOperators.F2D, DOUBLES, part);
            d.div(temperature).lanewise(VectorOperators.EXP)
                    .blend(0, d.lt(cut))
                    .intoArray(out, row + part * HALF);
        }
        double last = scores[row + LAST] - max;
        out[row + LAST] = last < cut ? 0 : Math.exp(last / temperature);
    }
}
