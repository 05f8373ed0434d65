package io.parallax.bench.extraction;

import java.util.Map;

/**
 * Publication-date accuracy on pages whose ground truth has a date: {@code correct} of {@code pages}, and how many
 * the system dated at all ({@code answered}). Returns {@code null} for a system that reports no dates.
 */
public record DateScore(int pages, int answered, int correct) {

    static DateScore of(Map<String, String> truth, Map<String, String> predicted) {
        if (predicted.isEmpty()) {
            return null;
        }
        int answered = 0;
        int correct = 0;
        for (var e : truth.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p != null) {
                answered++;
                if (p.equals(e.getValue())) {
                    correct++;
                }
            }
        }
        return new DateScore(truth.size(), answered, correct);
    }

    public double accuracy() {
        return pages == 0 ? 0 : correct / (double) pages;
    }

    public double precision() {
        return answered == 0 ? 0 : correct / (double) answered;
    }

    String summary() {
        return String.format("%.3f (%d/%d; precision %.3f)", accuracy(), correct, pages, precision());
    }
}
