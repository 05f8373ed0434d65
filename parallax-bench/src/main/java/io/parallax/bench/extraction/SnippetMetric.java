package io.parallax.bench.extraction;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The trafilatura evaluation metric: per page, each "with" snippet found in the extracted text (after collapsing
 * white space) is a true positive, else a false negative; each "without" snippet found is a false positive, else
 * a true negative. Precision, recall and F1 are micro-averaged over all snippets.
 */
public final class SnippetMetric {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Snippets that must and must not appear in one page's extraction. */
    public record Snippets(List<String> with, List<String> without) {
    }

    /** Counts and scores. */
    public record Score(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double accuracy() {
            return (tp + tn) / (double) Math.max(1, tp + fp + fn + tn);
        }
    }

    private SnippetMetric() {
    }

    public static Score score(Map<String, Snippets> truth, Map<String, String> predicted) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (var e : truth.entrySet()) {
            String text = normalize(predicted.getOrDefault(e.getKey(), ""));
            for (String s : e.getValue().with()) {
                if (text.contains(normalize(s))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String s : e.getValue().without()) {
                if (text.contains(normalize(s))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new Score(tp, fp, fn, tn);
    }

    static String normalize(String s) {
        return SPACE.matcher(s == null ? "" : s).replaceAll(" ").strip();
    }
}
