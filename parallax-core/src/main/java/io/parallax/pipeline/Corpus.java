package io.parallax.pipeline;

import io.parallax.claim.ClaimAligner;
import io.parallax.event.EventClusterer;
import io.parallax.link.EntityLinker;
import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Claim;
import io.parallax.model.Entity;
import io.parallax.model.Event;
import io.parallax.model.Place;
import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;
import io.parallax.model.TimelineEntry;
import io.parallax.time.Anchors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus state: the entity registry, the events, and the claims compared inside each event. Documents are
 * added one at a time by a single writer; {@link #view()} gives an immutable snapshot. Methods are synchronized,
 * so readers and the writer may run on different threads.
 */
public final class Corpus {

    private final EntityLinker linker;
    private final EventClusterer clusterer;
    private final ClaimAligner aligner;
    private final Map<String, AnalyzedDocument> documents = new LinkedHashMap<>();
    private final Map<String, List<Resolution>> resolutions = new HashMap<>();
    private final Map<String, CachedClaims> claimCache = new HashMap<>();

    public Corpus(EntityLinker linker, EventClusterer clusterer, ClaimAligner aligner) {
        this.linker = Objects.requireNonNull(linker, "linker");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /** Where a document landed: its event and its mentions' entities. */
    public record Placement(String event, List<Resolution> resolutions) {
    }

    /**
     * Adds an analysed document: links its mentions and places it in an event.
     *
     * @throws IllegalArgumentException when a document with the same id is already in the corpus
     */
    public synchronized Placement add(AnalyzedDocument document) {
        if (documents.containsKey(document.id())) {
            throw new IllegalArgumentException("document already in the corpus: " + document.id());
        }
        List<Resolution> resolved = linker.add(document);
        documents.put(document.id(), document);
        resolutions.put(document.id(), resolved);
        return new Placement(clusterer.assign(document, resolved), resolved);
    }

    public synchronized boolean contains(String id) {
        return documents.containsKey(id);
    }

    public synchronized int size() {
        return documents.size();
    }

    public EntityLinker linker() {
        return linker;
    }

    /**
     * A consistent snapshot of the whole corpus. Claims are computed per event when first asked for, and reused by
     * later snapshots while the event's members stay the same.
     */
    public synchronized CorpusView view() {
        List<Event> events = clusterer.events();
        Map<String, AnalyzedDocument> anchored = anchored(events);
        Map<String, List<Resolution>> snapshot = Map.copyOf(resolutions);
        return new CorpusView(new ArrayList<>(anchored.values()), linker.entities(), events, snapshot,
                e -> claims(e, e.documents().stream().map(anchored::get).toList(), snapshot));
    }

    /** Documents with relative dates resolved: against the publication date, else an anchor from the event. */
    private Map<String, AnalyzedDocument> anchored(List<Event> events) {
        Map<String, AnalyzedDocument> out = new LinkedHashMap<>(documents);
        for (Event e : events) {
            if (e.date() == null) {
                continue;
            }
            for (String id : e.documents()) {
                AnalyzedDocument d = documents.get(id);
                if (d.document().published() == null && d.times().stream().anyMatch(t -> !t.resolved())) {
                    List<TimeExpression> times = Anchors.resolve(d.times(), Anchors.estimate(d.times(), e.date()),
                            Anchors.ESTIMATED);
                    out.put(id, new AnalyzedDocument(d.document(), d.language(), d.sentences(), d.mentions(), times,
                            d.quotes(), d.statements()));
                }
            }
        }
        return out;
    }

    private record CachedClaims(List<String> members, List<Claim> claims) {
    }

    private List<Claim> claims(Event e, List<AnalyzedDocument> members, Map<String, List<Resolution>> resolved) {
        if (members.size() < 2) {
            return List.of();
        }
        synchronized (claimCache) {
            CachedClaims cached = claimCache.get(e.id());
            if (cached != null && cached.members().equals(e.documents())) {
                return cached.claims();
            }
        }
        Map<String, List<Resolution>> memberResolutions = new HashMap<>();
        members.forEach(d -> memberResolutions.put(d.id(), resolved.get(d.id())));
        List<Claim> claims = aligner.align(e, members, memberResolutions, this::claimKeys);
        synchronized (claimCache) {
            claimCache.put(e.id(), new CachedClaims(e.documents(), claims));
        }
        return claims;
    }

    /**
     * What statements about an entity are compared on: the entity, and for a place its country, so that "Minsk"
     * meets "Belarus". A country is its country key alone, so that it does not count twice.
     */
    private Set<String> claimKeys(String entity) {
        Place place = linker.entity(entity).map(Entity::place).orElse(null);
        if (place == null || place.countryCode() == null) {
            return Set.of(entity);
        }
        String country = "country:" + place.countryCode();
        return place.precision() == Place.Precision.COUNTRY ? Set.of(country) : Set.of(entity, country);
    }

    /** Every resolved date of the event's documents, with the sentence it dates, in date order. */
    static List<TimelineEntry> timeline(Event e, List<AnalyzedDocument> members) {
        List<TimelineEntry> out = new ArrayList<>();
        for (AnalyzedDocument d : members) {
            for (TimeExpression t : d.times()) {
                if (!t.resolved()) {
                    continue;
                }
                Sentence s = d.sentences().stream().filter(x -> x.contains(t.provenance().start())).findFirst()
                        .orElse(null);
                if (s != null) {
                    out.add(new TimelineEntry(e.id(), t.value(), s.text(),
                            new Provenance(d.id(), s.start(), s.end(), t.provenance().confidence()), t));
                }
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::date).thenComparing(x -> x.provenance().document()));
        return out;
    }
}
