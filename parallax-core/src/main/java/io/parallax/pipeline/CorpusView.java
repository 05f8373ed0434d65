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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A snapshot of everything the corpus knows: documents (with relative dates resolved where the event allows),
 * canonical entities, events, and per event its compared claims and timeline. Claims cost a comparison of every
 * statement pair inside an event, so they are computed per event on first request and kept. Immutable as far as
 * callers can tell; safe to share across threads.
 */
public final class CorpusView {

    private final List<AnalyzedDocument> documents;
    private final Map<String, AnalyzedDocument> byId = new LinkedHashMap<>();
    private final List<Entity> entities;
    private final List<Event> events;
    private final Map<String, List<Resolution>> resolutions;
    private final Map<Mention, String> entityOfMention = new HashMap<>();
    private final Map<String, String> eventOfDocument = new HashMap<>();
    private final Function<Event, List<Claim>> claimsOf;
    private final Map<String, List<Claim>> claims = new ConcurrentHashMap<>();

    /**
     * @param claimsOf computes the claims of one event from this snapshot's documents; called at most once per event
     */
    public CorpusView(List<AnalyzedDocument> documents, List<Entity> entities, List<Event> events,
                      Map<String, List<Resolution>> resolutions, Function<Event, List<Claim>> claimsOf) {
        this.documents = List.copyOf(documents);
        this.entities = List.copyOf(entities);
        this.events = List.copyOf(events);
        this.resolutions = Map.copyOf(resolutions);
        this.claimsOf = claimsOf;
        this.documents.forEach(d -> byId.put(d.id(), d));
        this.resolutions.values().forEach(list -> list.stream().filter(Resolution::linked)
                .forEach(r -> entityOfMention.put(r.mention(), r.entity())));
        this.events.forEach(e -> e.documents().forEach(d -> eventOfDocument.put(d, e.id())));
    }

    public List<AnalyzedDocument> documents() {
        return documents;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Event> events() {
        return events;
    }

    public Map<String, List<Resolution>> resolutions() {
        return resolutions;
    }

    /** The entity a mention resolved to, if it was linked. */
    public Optional<String> entityOf(Mention mention) {
        return mention == null ? Optional.empty() : Optional.ofNullable(entityOfMention.get(mention));
    }

    public List<Quote> quotes() {
        return documents.stream().flatMap(d -> d.quotes().stream()).toList();
    }

    public Optional<AnalyzedDocument> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The event of each document. */
    public Map<String, String> eventOfDocument() {
        return Map.copyOf(eventOfDocument);
    }

    /** The claims of one event, computed on first request. */
    public List<Claim> claims(Event event) {
        return claims.computeIfAbsent(event.id(), id -> claimsOf.apply(event));
    }

    /** The claims of every event. Costly on a large corpus: prefer {@link #claims(Event)}. */
    public List<Claim> claims() {
        return events.stream().flatMap(e -> claims(e).stream()).toList();
    }

    /** The dated sentences of one event's documents, in date order. */
    public List<TimelineEntry> timeline(Event event) {
        return Corpus.timeline(event, event.documents().stream().map(byId::get).toList());
    }

    public List<TimelineEntry> timeline() {
        return events.stream().flatMap(e -> timeline(e).stream()).toList();
    }
}
