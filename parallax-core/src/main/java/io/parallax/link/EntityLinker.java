package io.parallax.link;

import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Entity;

import java.util.List;
import java.util.Optional;

/**
 * The entity registry: resolves mentions to canonical entities across documents and languages, and remembers
 * them. Corpus state: one writer at a time ({@link #add}); reads may run concurrently with each other but not with
 * a write.
 */
public interface EntityLinker {

    /**
     * Resolves every mention of a document, creating entities as needed, and records the document's mentions.
     *
     * @return one resolution per mention of the document, in mention order
     */
    List<Resolution> add(AnalyzedDocument document);

    /** Every entity, with its variants and mentions. */
    List<Entity> entities();

    /** An entity by id. */
    Optional<Entity> entity(String id);
}
