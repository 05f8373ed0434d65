package io.parallax.event;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Event;

import java.util.List;

/**
 * Places documents into events: the same happening, in any language. Corpus state with a single writer.
 */
public interface EventClusterer {

    /**
     * Places a document into an existing event or a new one.
     *
     * @param document    the analysed document
     * @param resolutions its mentions resolved to entities, the main cross-language signal
     * @return the id of the event the document now belongs to
     */
    String assign(AnalyzedDocument document, List<Resolution> resolutions);

    /** Every event, most recent first. */
    List<Event> events();
}
