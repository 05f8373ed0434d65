package io.parallax.ner;

import java.util.List;
import java.util.Random;

/**
 * Several averaged perceptrons trained on the same data, each in its own seeded order, whose averaged weights are
 * averaged again. A different visiting order is the perceptron's main source of variance; averaging the members
 * smooths it out, as bagging does, without changing the model's size (the members share one feature index).
 * Not thread-safe.
 */
final class PerceptronEnsemble implements Learner {

    private final Perceptron[] members;
    private Random[] orders;

    /**
     * @param members            how many perceptrons (at least 1)
     * @param initialTransitions the transition weights every member starts from
     */
    PerceptronEnsemble(int features, float[] initialTransitions, int members) {
        if (members < 1) {
            throw new IllegalArgumentException("members must be >= 1");
        }
        this.members = new Perceptron[members];
        for (int m = 0; m < members; m++) {
            this.members[m] = new Perceptron(features, initialTransitions);
        }
    }

    /** Each member makes one pass in its own order; the orders are seeded once from {@code random}. */
    @Override
    public void epoch(List<Perceptron.Instance> data, Random random) {
        if (orders == null) {
            orders = new Random[members.length];
            for (int m = 0; m < members.length; m++) {
                orders[m] = m == 0 ? random : new Random(random.nextLong());
            }
        }
        for (int m = 0; m < members.length; m++) {
            members[m].epoch(data, orders[m]);
        }
    }

    @Override
    public float[] averaged() {
        float[][] each = new float[members.length][];
        for (int m = 0; m < members.length; m++) {
            each[m] = members[m].averaged();
        }
        return mean(each);
    }

    @Override
    public float[] averagedTransitions() {
        float[][] each = new float[members.length][];
        for (int m = 0; m < members.length; m++) {
            each[m] = members[m].averagedTransitions();
        }
        return mean(each);
    }

    private static float[] mean(float[][] each) {
        if (each.length == 1) {
            return each[0];
        }
        float[] out = new float[each[0].length];
        for (float[] w : each) {
            for (int i = 0; i < out.length; i++) {
                out[i] += w[i];
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= each.length;
        }
        return out;
    }
}
