package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A stream of raw documents: files, directories, archives, feeds or URLs.
 *
 * <p>A source pushes documents one at a time and never holds all of them in memory. An input that cannot be read
 * is reported to the problem consumer and skipped; reading continues with the next input.
 *
 * <p>Lifecycle: {@link #read} once, then {@link #close}. Implementations need not be thread-safe.
 */
public interface Source extends AutoCloseable {

    /**
     * Reads every document, in a stable order.
     *
     * @param documents receives each document read
     * @param problems  receives one problem per input that could not be read
     * @throws IOException only when the source as a whole cannot be read (for example a missing root directory)
     */
    void read(Consumer<RawDocument> documents, Consumer<Problem> problems) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
