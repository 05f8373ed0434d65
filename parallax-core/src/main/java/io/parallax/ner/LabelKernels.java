package io.parallax.ner;

/**
 * The loops over one token's {@link Labels#COUNT} label scores that run for every token: adding the rows of the words
 * around it ({@link WordScores}), adding a feature's quantised weights ({@link StackedWeights}), and a column of
 * Viterbi or forward-backward ({@link Lattice}). They are most of the arithmetic of recognition, so they come in two
 * implementations that give the same sums to the last bit (exponentials may differ in it): {@link ScalarKernels}, plain
 * Java, and {@code VectorKernels}, which adds sixteen labels per instruction with the JDK's incubating vector API.
 * {@link #best} picks the vector one when the JVM was started with {@code --add-modules jdk.incubator.vector} (as
 * {@code ./parallax} and the tests are) and the processor has 512-bit vectors, and the scalar one otherwise.
 * Implementations are stateless and thread-safe.
 */
interface LabelKernels {

    /** The kernels for this JVM, chosen once ({@link #best}); stateless, so one instance serves every thread. */
    LabelKernels BEST = best();

    /**
     * Adds to {@code scores[to .. to + COUNT)} the rows of distances -2 .. 2: {@code a[0 .. COUNT)}, {@code b[COUNT
     * ..)}, {@code c[2 * COUNT ..)}, {@code d[3 * COUNT ..)} and {@code e[4 * COUNT ..)}, one after the other.
     */
    void addRows(float[] scores, int to, float[] a, float[] b, float[] c, float[] d, float[] e);

    /**
     * Adds {@code scale} times each of {@code COUNT} signed bytes to {@code scores[at .. at + COUNT)}: bytes 0–7 and
     * 8–15 are those of {@code table[from]} and {@code table[from + 1]}, lowest first, and byte 16 is the lowest of
     * {@code table[from + 2]}.
     */
    void addScaledBytes(long[] table, int from, float scale, float[] scores, int at);

    /**
     * The best scores of a Viterbi column: {@code delta[row + y] = max over p of (delta[prevRow + p] +
     * transitions[p * COUNT + y]) + emissions[row + y]}, every label pair visited (forbidden ones carry a large
     * negative score).
     */
    void maxPlus(float[] delta, int prevRow, int row, float[] transitions, float[] emissions);

    /**
     * {@code out[outRow + y] = sum over p, ascending, of in[inRow + p] * weights[p * COUNT + y]}: a column of
     * forward-backward, every label pair visited (forbidden ones weigh 0).
     */
    void sumProducts(double[] in, int inRow, double[] weights, double[] out, int outRow);

    /**
     * {@code out[row + y] = exp(x / temperature)} where {@code x = scores[row + y] - max} (in float), the maximum
     * being that of the row, or 0 where {@code x < cut}. The vector implementation's exponential may differ from
     * {@link Math#exp} in the last bit.
     */
    void exponentiate(float[] scores, int row, double temperature, double cut, double[] out);

    /**
     * Whether this implementation does {@link #maxPlus} and {@link #sumProducts} in vectors, so that visiting
     * every label pair is cheaper than skipping the forbidden ones in scalar code.
     */
    default boolean vectorised() {
        return false;
    }

    /** Whether this implementation can run fast here. */
    default boolean usable() {
        return true;
    }

    /**
     * The vector kernels when the vector API is present and usable, else the scalar ones; the system property
     * {@code parallax.kernels=scalar} forces the scalar ones.
     */
    static LabelKernels best() {
        LabelKernels scalar = new ScalarKernels();
        if ("scalar".equals(System.getProperty("parallax.kernels"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return scalar;
        }
        try {
            // by name, so that the vector API's classes are loaded only when the module is there
            LabelKernels vector = (LabelKernels) Class.forName("io.parallax.ner.VectorKernels")
                    .getDeclaredConstructor().newInstance();
            return vector.usable() ? vector : scalar;
        } catch (ReflectiveOperationException | LinkageError e) {
            return scalar;
        }
    }
}
