package io.parallax.ner;

import java.util.List;
import java.util.Random;

/** A learner of linear-chain weights, trained epoch by epoch; its averaged weights are the model. */
interface Learner {

    /** One pass over the data in a seeded random order. */
    void epoch(List<Perceptron.Instance> data, Random random);

    /** The averaged feature weights, {@code [row * COUNT + label]}. */
    float[] averaged();

    /** The averaged transition weights. */
    float[] averagedTransitions();

    /** The order of one pass: a seeded shuffle of {@code 0 .. n-1}. */
    static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
