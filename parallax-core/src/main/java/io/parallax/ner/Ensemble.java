package io.parallax.ner;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Several learners trained on the same data, each in its own seeded order, whose averaged weights are averaged
 * again. For an online learner (perceptron, stochastic CRF) the visiting order is the main source of variance;
 * averaging the members smooths it out, as bagging does, without changing the model's size (the members share one
 * feature index). Not thread-safe.
 */
final class Ensemble implements Learner {

    private final Learner[] members;
    private Random[] orders;

    /**
     * @param members how many learners (at least 1)
     * @param factory makes each member, all alike
     * @throws IllegalArgumentException when {@code members < 1}
     */
    Ensemble(int members, Supplier<Learner> factory) {
        if (members < 1) {
            throw new IllegalArgumentException("members must be >= 1");
        }
        this.members = new Learner[members];
        for (int m = 0; m < members; m++) {
            this.members[m] = factory.get();
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
        return mean(Learner::averaged);
    }

    @Override
    public float[] averagedTransitions() {
        return mean(Learner::averagedTransitions);
    }

    /** The element-wise mean of one array of every member. */
    private float[] mean(Function<Learner, float[]> part) {
        if (members.length == 1) {
            return part.apply(members[0]);
        }
        float[] out = null;
        for (Learner member : members) {
            float[] w = part.apply(member);
            if (out == null) {
                out = new float[w.length];
            }
            for (int i = 0; i < out.length; i++) {
                out[i] += w[i];
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= members.length;
        }
        return out;
    }
}
