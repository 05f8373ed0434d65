package io.parallax.app;

import io.parallax.model.Problem;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param stored     documents analysed and stored
 * @param duplicates inputs whose text was already stored under another id
 * @param skipped    inputs already done by an earlier run (resumed)
 * @param problems   inputs that could not be read or extracted, one line each
 * @param elapsed    wall time of the run
 */
public record IngestReport(int stored, int duplicates, int skipped, List<Problem> problems, Duration elapsed) {

    public IngestReport {
        problems = List.copyOf(problems);
    }

    /** One line for the end of a run. */
    public String summary() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(java.util.Locale.ROOT,
                "%d stored, %d duplicate%s, %d already done, %d problem%s in %.1f s (%.1f docs/s)",
                stored, duplicates, duplicates == 1 ? "" : "s", skipped, problems.size(),
                problems.size() == 1 ? "" : "s", seconds, stored / seconds);
    }
}
