package io.parallax.store;

import java.util.Objects;

/**
 * What ingest did with one input, so that an interrupted run can resume without losing or repeating anything.
 *
 * @param sourceKey   the input's stable key: path, URL, or archive file plus record offset
 * @param contentHash SHA-256 of the extracted text, or empty when nothing was extracted
 * @param document    the stored document's id, the id of the document it duplicates, or empty
 * @param outcome     what happened
 * @param message     a one-line explanation for problems and duplicates
 */
public record JournalEntry(String sourceKey, String contentHash, String document, Outcome outcome, String message) {

    public enum Outcome { STORED, DUPLICATE, PROBLEM }

    public JournalEntry {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(outcome, "outcome");
        contentHash = contentHash == null ? "" : contentHash;
        document = document == null ? "" : document;
        message = message == null ? "" : message;
    }
}
