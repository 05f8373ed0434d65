package io.parallax.bench.extraction;

import java.util.Map;

/** The BENCHMARKS.md section for an extraction run. */
final class Markdown {

    private Markdown() {
    }

    static String section(ExtractionEval.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Measured ").append(r.date()).append(" on ").append(r.machine()).append(".\n\n");
        sb.append("Command: `").append(r.command()).append("` (results in `parallax-bench/results/extraction.json`).\n\n");
        sb.append("Data: article-extraction-benchmark dev split (").append(r.aebPages())
                .append(" pages; 4-gram shingle F1 as in `../shared/data/README.md`), trafilatura-eval dev split (")
                .append(r.trafilaturaPages()).append(" pages; snippet precision/recall). Speed: pages per second on one "
                        + "thread over the AEB pages in memory, best of the timed passes after a warm-up.\n\n");
        sb.append("| system | AEB F1 | P | R | trafilatura snippet F1 | P | R | pages/s (AEB) | pages/s (trafilatura) "
                + "| date accuracy |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (ExtractionEval.SystemResult s : r.systems()) {
            sb.append(String.format("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f | %.1f | %s |%n", s.name(),
                    s.f1(), s.precision(), s.recall(), s.snippetF1(), s.snippetPrecision(), s.snippetRecall(),
                    s.aebPagesPerSecond(), s.trafPagesPerSecond(), s.date() == null ? "—" : s.date().summary()));
        }
        Map<String, ExtractionEval.SystemResult> by = r.byName();
        ExtractionEval.SystemResult us = by.get("parallax");
        sb.append("\nRatios (Parallax / peer):");
        for (ExtractionEval.SystemResult s : r.systems()) {
            if (s != us) {
                sb.append(String.format(" %s: F1 %.3f×, speed %.1f×;", s.name(), us.f1() / s.f1(),
                        us.aebPagesPerSecond() / s.aebPagesPerSecond()));
            }
        }
        sb.setLength(sb.length() - 1);
        sb.append(".\n");
        return sb.toString();
    }
}
