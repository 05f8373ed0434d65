package io.parallax.bench.langid;

import io.parallax.bench.langid.LangidData.Kind;
import io.parallax.lang.Calibration;
import io.parallax.lang.NgramLanguageIdentifier;
import io.parallax.lang.NgramModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tuning texts scored once under a model with zero priors, so that priors, temperature and calibration can be
 * fitted on the cached scores without scoring again. The objective is the one reported: the mean over the three
 * kinds of text of the mean accuracy over languages. Not thread-safe.
 */
final class TuningSet {

    private final int languages;
    private final List<NgramLanguageIdentifier.Scores> scores = new ArrayList<>();
    private final List<Integer> truth = new ArrayList<>();
    /** Per item: the group (kind x language) it is averaged in. */
    private final List<Integer> group = new ArrayList<>();
    private final int[] groupSize;

    TuningSet(NgramModel model, Map<Kind, Map<String, List<String>>> texts) {
        NgramModel flat = model.with(model.scoring(), new double[model.languages().size()], Calibration.IDENTITY);
        NgramLanguageIdentifier id = new NgramLanguageIdentifier(flat);
        this.languages = model.languages().size();
        this.groupSize = new int[Kind.values().length * languages];
        for (Kind kind : Kind.values()) {
            texts.get(kind).forEach((lang, list) -> {
                int l = model.languages().indexOf(lang);
                for (String t : list) {
                    NgramLanguageIdentifier.Scores s = id.scores(t);
                    if (s != null && l >= 0) {
                        scores.add(s);
                        truth.add(l);
                        int g = kind.ordinal() * languages + l;
                        group.add(g);
                        groupSize[g]++;
                    }
                }
            });
        }
    }

    /** Mean over kinds of the mean accuracy over languages, with these priors. */
    double objective(double[] priors) {
        int[] right = new int[groupSize.length];
        for (int i = 0; i < scores.size(); i++) {
            if (argmax(scores.get(i), priors) == truth.get(i)) {
                right[group.get(i)]++;
            }
        }
        double sum = 0;
        int groups = 0;
        for (int g = 0; g < groupSize.length; g++) {
            if (groupSize[g] > 0) {
                sum += (double) right[g] / groupSize[g];
                groups++;
            }
        }
        return sum / groups;
    }

    /** Coordinate ascent on the log priors, a few passes over the languages. */
    double[] fitPriors(int passes) {
        double[] priors = new double[languages];
        double best = objective(priors);
        double[] steps = {-4, -2, -1, -0.5, -0.25, 0.25, 0.5, 1, 2, 4};
        for (int pass = 0; pass < passes; pass++) {
            for (int l = 0; l < languages; l++) {
                double keep = priors[l];
                double bestValue = keep;
                for (double step : steps) {
                    priors[l] = keep + step;
                    double o = objective(priors);
                    if (o > best + 1e-9) {
                        best = o;
                        bestValue = priors[l];
                    }
                }
                priors[l] = bestValue;
            }
            System.err.printf("priors pass %d: tuning objective %.4f%n", pass + 1, best);
        }
        return priors;
    }

    /** The temperature with the least log loss of the top answer's probability. */
    double fitTemperature(double[] priors) {
        double bestT = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double t : new double[]{0.5, 1, 1.5, 2, 3, 4, 6, 8}) {
            double loss = 0;
            for (int i = 0; i < scores.size(); i++) {
                double p = topProbability(scores.get(i), priors, t);
                boolean ok = argmax(scores.get(i), priors) == truth.get(i);
                loss -= Math.log(Math.max(1e-6, ok ? p : 1 - p));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        System.err.printf("temperature %.1f (log loss %.4f)%n", bestT, bestLoss / scores.size());
        return bestT;
    }

    Calibration fitCalibration(double[] priors, double temperature) {
        double[] raw = new double[scores.size()];
        boolean[] ok = new boolean[scores.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = topProbability(scores.get(i), priors, temperature);
            ok[i] = argmax(scores.get(i), priors) == truth.get(i);
        }
        return Calibration.fit(raw, ok, 64);
    }

    private static int argmax(NgramLanguageIdentifier.Scores s, double[] priors) {
        return s.plus(priors).best();
    }

    private static double topProbability(NgramLanguageIdentifier.Scores s, double[] priors, double t) {
        NgramLanguageIdentifier.Scores withPriors = s.plus(priors);
        return withPriors.softmax(t)[withPriors.best()];
    }
}
