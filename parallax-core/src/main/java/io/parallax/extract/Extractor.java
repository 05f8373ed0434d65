package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;

/**
 * Turns raw bytes (HTML or plain text) into a {@link Document}: body text with paragraphs, title, authors, outlet
 * and publication date. Implementations are thread-safe.
 */
public interface Extractor {

    /**
     * @throws ExtractionException when the input holds no text that can be extracted (empty, binary, undecodable);
     *                             the message says why in one line
     */
    Document extract(RawDocument raw) throws ExtractionException;
}
