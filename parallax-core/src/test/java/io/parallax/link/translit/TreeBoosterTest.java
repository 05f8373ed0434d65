package io.parallax.link.translit;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booster on data a linear decision cannot separate: the label is whether two inputs share a sign. */
class TreeBoosterTest {

    private static final int N = 4000;

    @Test
    void treesLearnWhatTheBaseDecisionMissesOnNewData() {
        double[][] x = inputs(new Random(1));
        boolean[] y = labels(x);
        TreeBooster.Fit fit = new TreeBooster(3, 200, 0.2, 1, 1, 7).fit(x, new double[N], y);
        assertThat(fit.rounds()).isPositive();
        assertThat(fit.heldOutLogLoss()).isLessThan(fit.baseLogLoss() * 0.5);
        double[][] fresh = inputs(new Random(2));
        boolean[] truth = labels(fresh);
        int right = 0;
        for (int i = 0; i < N; i++) {
            right += (fit.trees().margin(fresh[i]) > 0) == truth[i] ? 1 : 0;
        }
        assertThat(right).as("accuracy on examples the trees never saw").isGreaterThan(N * 9 / 10);
    }

    @Test
    void pureNoiseGetsFewTreesAndSmallOutputs() {
        Random r = new Random(3);
        double[][] x = inputs(r);
        boolean[] y = new boolean[N];
        for (int i = 0; i < N; i++) {
            y[i] = r.nextBoolean();
        }
        TreeBooster.Fit fit = new TreeBooster(3, 200, 0.2, 1, 1, 7).fit(x, new double[N], y);
        for (double[] row : x) {
            assertThat(Math.abs(fit.trees().margin(row))).isLessThan(1.0);
        }
    }

    @Test
    void theMarginIsTheSumOfTheTreesAndBadShapesAreRefused() {
        double[][] x = inputs(new Random(4));
        BoostedTrees trees = new TreeBooster(2, 20, 0.2, 1, 1, 7).fit(x, new double[N], labels(x)).trees();
        assertThat(trees.trees()).isPositive();
        double sum = 0;
        for (int t = 0; t < trees.trees(); t++) {
            sum += trees.tree(t, x[0]);
        }
        assertThat(trees.margin(x[0])).isEqualTo(sum);
        assertThat(BoostedTrees.NONE.margin(x[0])).isZero();
        assertThatThrownBy(() -> new BoostedTrees(2, new int[2], new double[2], new double[4]))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TreeBooster(3, 10, 0.1, 1, 1, 1).fit(new double[3][2], new double[3],
                new boolean[3])).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[][] inputs(Random r) {
        double[][] x = new double[N][3];
        for (double[] row : x) {
            for (int f = 0; f < row.length; f++) {
                row[f] = r.nextGaussian();
            }
        }
        return x;
    }

    private static boolean[] labels(double[][] x) {
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] * x[i][1] > 0;
        }
        return y;
    }
}
