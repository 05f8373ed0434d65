package io.parallax.model;

import java.util.Objects;

/**
 * Something that went wrong with one input, reported to the user instead of thrown.
 *
 * @param source  the input (path, URL, record id)
 * @param stage   the pipeline stage that noticed it ("ingest", "extract", "lang", …)
 * @param message one line saying what is wrong and, where possible, what to do
 */
public record Problem(String source, String stage, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ": " + stage + ": " + message;
    }
}
