package io.parallax.claim;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Claim;
import io.parallax.model.Event;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the statements of an event's documents: which sources agree, which differ, and what only one says.
 * Thread-safe and stateless: the result depends only on its arguments.
 */
@FunctionalInterface
public interface ClaimAligner {

    /**
     * @param event       the event
     * @param documents   its member documents
     * @param resolutions the entity resolutions of each member, by document id
     * @param keys        the keys statements about an entity are compared on: at least the entity itself; a city
     *                    also gives its country, so that "Minsk" meets "Belarus"
     * @return the claims, agreements and differences first
     */
    List<Claim> align(Event event, List<AnalyzedDocument> documents, Map<String, List<Resolution>> resolutions,
                      Function<String, Set<String>> keys);
}
