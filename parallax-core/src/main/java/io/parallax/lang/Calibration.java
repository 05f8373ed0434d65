package io.parallax.lang;

import java.util.Arrays;

/**
 * Maps a raw confidence (the softmax probability of the best language) to a calibrated one: the rate at which
 * answers with that raw confidence were right on held-out data. A monotone piecewise-linear map through
 * {@code (raw[i], calibrated[i])} points, fitted by isotonic regression (pool adjacent violators).
 *
 * @param raw        increasing raw confidences in [0, 1]
 * @param calibrated non-decreasing calibrated confidences in [0, 1], one per raw point
 */
public record Calibration(double[] raw, double[] calibrated) {

    /** The identity map: raw confidences are used as they are. */
    public static final Calibration IDENTITY = new Calibration(new double[]{0, 1}, new double[]{0, 1});

    public Calibration {
        if (raw.length != calibrated.length || raw.length < 2) {
            throw new IllegalArgumentException("a calibration needs at least two matching points");
        }
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] < 0 || raw[i] > 1 || calibrated[i] < 0 || calibrated[i] > 1
                    || i > 0 && (raw[i] < raw[i - 1] || calibrated[i] < calibrated[i - 1])) {
                throw new IllegalArgumentException("calibration points must be monotone in [0, 1]");
            }
        }
        raw = raw.clone();
        calibrated = calibrated.clone();
    }

    /** The calibrated confidence for a raw one. */
    public double apply(double x) {
        if (x <= raw[0]) {
            return calibrated[0];
        }
        int i = Arrays.binarySearch(raw, x);
        if (i >= 0) {
            return calibrated[i];
        }
        int hi = -i - 1;
        if (hi >= raw.length) {
            return calibrated[raw.length - 1];
        }
        int lo = hi - 1;
        double span = raw[hi] - raw[lo];
        double t = span == 0 ? 1 : (x - raw[lo]) / span;
        return calibrated[lo] + t * (calibrated[hi] - calibrated[lo]);
    }

    /**
     * Fits a calibration with isotonic regression.
     *
     * @param rawConfidences raw confidences of held-out answers
     * @param correct        whether each answer was right
     * @param points         at most this many points in the result (equal-count bins of the isotonic fit)
     */
    public static Calibration fit(double[] rawConfidences, boolean[] correct, int points) {
        int n = rawConfidences.length;
        if (n < 2) {
            return IDENTITY;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rawConfidences[a], rawConfidences[b]));
        // Pool adjacent violators over the sorted answers.
        double[] sum = new double[n];
        double[] weight = new double[n];
        int[] end = new int[n];
        int blocks = 0;
        for (int k = 0; k < n; k++) {
            sum[blocks] = correct[order[k]] ? 1 : 0;
            weight[blocks] = 1;
            end[blocks] = k;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / weight[blocks - 2] > sum[blocks - 1] / weight[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                weight[blocks - 2] += weight[blocks - 1];
                end[blocks - 2] = end[blocks - 1];
                blocks--;
            }
        }
        double[] fitted = new double[n];
        for (int b = 0, k = 0; b < blocks; b++) {
            for (; k <= end[b]; k++) {
                fitted[k] = sum[b] / weight[b];
            }
        }
        int m = Math.max(2, Math.min(points, n));
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int j = 0; j < m; j++) {
            int k = (int) Math.round((double) j * (n - 1) / (m - 1));
            xs[j] = rawConfidences[order[k]];
            ys[j] = fitted[k];
        }
        xs[0] = 0;
        xs[m - 1] = 1;
        for (int j = 1; j < m; j++) {
            xs[j] = Math.max(xs[j], xs[j - 1]);
            ys[j] = Math.max(ys[j], ys[j - 1]);
        }
        return new Calibration(xs, ys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calibration c && Arrays.equals(raw, c.raw) && Arrays.equals(calibrated, c.calibrated);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(raw) + Arrays.hashCode(calibrated);
    }

    @Override
    public String toString() {
        return "Calibration" + Arrays.toString(raw) + "->" + Arrays.toString(calibrated);
    }
}
