package io.parallax.pipeline;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Claim;
import io.parallax.model.Entity;
import io.parallax.model.Event;
import io.parallax.model.Mention;
import io.parallax.model.Quote;
import io.parallax.model.TimelineEntry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of everything the corpus knows: documents (with relative dates resolved where the event
 * allows), canonical entities, events, compared claims and timelines. Safe to share across threads.
 */
public record CorpusView(List<AnalyzedDocument> documents, List<Entity> entities, List<Event> events,
                         Map<String, List<Resolution>> resolutions, List<Claim> claims,
                         List<TimelineEntry> timeline) {

    public CorpusView {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        resolutions = Map.copyOf(resolutions);
        claims = List.copyOf(claims);
        timeline = List.copyOf(timeline);
    }

    /** The entity a mention resolved to, if it was linked. */
    public Optional<String> entityOf(Mention mention) {
        if (mention == null) {
            return Optional.empty();
        }
        return resolutions.getOrDefault(mention.document(), List.of()).stream()
                .filter(r -> r.linked() && r.mention().provenance().equals(mention.provenance()))
                .map(Resolution::entity).findFirst();
    }

    public List<Quote> quotes() {
        return documents.stream().flatMap(d -> d.quotes().stream()).toList();
    }

    public Optional<AnalyzedDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The event of each document. */
    public Map<String, String> eventOfDocument() {
        Map<String, String> out = new HashMap<>();
        events.forEach(e -> e.documents().forEach(d -> out.put(d, e.id())));
        return out;
    }
}
