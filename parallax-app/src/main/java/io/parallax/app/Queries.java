package io.parallax.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.json.AnalysisJson;
import io.parallax.json.Json;
import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Entity;
import io.parallax.model.EntityType;
import io.parallax.model.Event;
import io.parallax.model.Mention;
import io.parallax.pipeline.CorpusView;
import io.parallax.store.SearchHit;
import io.parallax.store.SearchQuery;
import io.parallax.store.StoreStats;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The read side shared by the CLI and the HTTP API: every answer as a JSON tree, from one corpus snapshot. Search
 * expands a query that names an entity with all of that entity's variants, so "Prigozhin" also finds "Prigozjin".
 * Thread-safe.
 */
public final class Queries {

    private final Engine engine;
    private final ObjectMapper mapper = Json.mapper();
    private final AnalysisJson json = new AnalysisJson();

    public Queries(Engine engine) {
        this.engine = engine;
    }

    /** The whole corpus in the {@code analyze} schema. */
    public ObjectNode analysis() {
        return json.write(engine.view());
    }

    public ArrayNode events() {
        CorpusView view = engine.view();
        ArrayNode out = mapper.createArrayNode();
        for (Event e : view.events()) {
            ObjectNode n = json.event(e);
            n.set("languages", strings(languages(view, e.documents())));
            out.add(n);
        }
        return out;
    }

    /** One event with its sources side by side: documents, entities, quotes, claims and timeline. */
    public Optional<ObjectNode> event(String id) {
        CorpusView view = engine.view();
        return view.event(id).map(e -> {
            ObjectNode n = json.event(e);
            n.set("languages", strings(languages(view, e.documents())));
            ArrayNode docs = n.putArray("sources");
            e.documents().forEach(d -> view.document(d).ifPresent(a -> docs.add(json.document(a))));
            Set<String> members = Set.copyOf(e.documents());
            ArrayNode entities = n.putArray("entities");
            view.entities().stream().filter(en -> en.mentions().stream().anyMatch(m -> members.contains(m.document())))
                    .sorted(Comparator.comparingInt((Entity en) -> -en.mentions().size()))
                    .forEach(en -> entities.add(entitySummary(en)));
            ArrayNode quotes = n.putArray("quotes");
            view.quotes().stream().filter(q -> members.contains(q.provenance().document()))
                    .forEach(q -> quotes.add(json.quote(q, view)));
            ArrayNode claims = n.putArray("claims");
            view.claims(e).forEach(c -> claims.add(json.claim(c)));
            ArrayNode timeline = n.putArray("timeline");
            view.timeline(e).forEach(t -> timeline.add(json.timeline(t)));
            return n;
        });
    }

    /**
     * Entities, most mentioned first.
     *
     * @param type  only this type, or {@code null}
     * @param query only entities with a variant containing this text (case-insensitive), or {@code null}
     * @param limit at most this many
     */
    public ArrayNode entities(EntityType type, String query, int limit) {
        String q = query == null ? null : query.toLowerCase(Locale.ROOT);
        ArrayNode out = mapper.createArrayNode();
        engine.view().entities().stream()
                .filter(e -> type == null || e.type() == type)
                .filter(e -> q == null || e.variantNames().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(q)))
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name))
                .limit(limit)
                .forEach(e -> out.add(entitySummary(e)));
        return out;
    }

    public Optional<ObjectNode> entity(String id) {
        return engine.view().entities().stream().filter(e -> e.id().equals(id)).findFirst().map(json::entity);
    }

    private ObjectNode entitySummary(Entity e) {
        ObjectNode n = json.entity(e);
        n.remove("mentions");
        n.put("mentionCount", e.mentions().size());
        n.set("documents", strings(e.mentions().stream().map(Mention::document).collect(Collectors.toCollection(TreeSet::new))));
        return n;
    }

    /** One document with its text and everything found in it, each with its span. */
    public Optional<ObjectNode> document(String id) {
        CorpusView view = engine.view();
        return view.document(id).map(a -> {
            ObjectNode n = json.document(a);
            n.put("text", a.document().text());
            n.put("event", view.eventOfDocument().get(id));
            engine.nearDuplicateOf(id).ifPresent(v -> n.putObject("nearDuplicateOf").put("doc", v.of())
                    .put("similarity", v.similarity()));
            ArrayNode mentions = n.putArray("mentions");
            for (Resolution r : view.resolutions().getOrDefault(id, List.of())) {
                ObjectNode m = mapper.createObjectNode();
                m.put("start", r.mention().start());
                m.put("end", r.mention().end());
                m.put("text", r.mention().text());
                m.put("type", r.mention().type().name());
                m.put("entity", r.entity());
                m.put("reason", r.reason());
                mentions.add(m);
            }
            ArrayNode quotes = n.putArray("quotes");
            a.quotes().forEach(q -> quotes.add(json.quote(q, view)));
            ArrayNode times = n.putArray("times");
            a.times().forEach(t -> {
                ObjectNode tn = mapper.createObjectNode();
                tn.put("text", t.text());
                tn.put("value", t.value());
                tn.put("start", t.provenance().start());
                tn.put("end", t.provenance().end());
                tn.put("relative", t.relative());
                times.add(tn);
            });
            return n;
        });
    }

    /**
     * Full-text search. When the query names a known entity, its variants in every language are searched too.
     *
     * @throws IOException when the store cannot be read
     */
    public ObjectNode search(String query, String language, int limit) throws IOException {
        CorpusView view = engine.view();
        List<Entity> named = namedBy(view, query);
        List<String> variants = named.stream().flatMap(e -> e.variantNames().stream()).distinct().toList();
        ObjectNode out = mapper.createObjectNode();
        out.put("query", query);
        out.set("expandedWith", strings(variants));
        ArrayNode hits = out.putArray("hits");
        if (engine.store().isPresent()) {
            for (SearchHit h : engine.store().get().search(new SearchQuery(query, variants, language, List.of(), limit))) {
                ObjectNode n = mapper.createObjectNode();
                n.put("doc", h.document());
                n.put("title", h.title());
                n.put("language", h.language());
                n.put("score", h.score());
                n.put("snippet", h.snippet());
                n.put("event", view.eventOfDocument().get(h.document()));
                hits.add(n);
            }
        }
        ArrayNode entities = out.putArray("entities");
        named.forEach(e -> entities.add(entitySummary(e)));
        return out;
    }

    /** Entities with a variant equal to the query (ignoring case and accents). */
    private static List<Entity> namedBy(CorpusView view, String query) {
        String q = fold(query);
        return view.entities().stream().filter(e -> e.variantNames().stream().anyMatch(v -> fold(v).equals(q))).toList();
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    public ObjectNode stats() throws IOException {
        CorpusView view = engine.view();
        ObjectNode n = mapper.createObjectNode();
        n.put("documents", view.documents().size());
        n.put("events", view.events().size());
        n.put("entities", view.entities().size());
        n.put("quotes", view.quotes().size());
        ObjectNode langs = n.putObject("languages");
        view.documents().stream().collect(Collectors.groupingBy(AnalyzedDocument::lang, java.util.TreeMap::new,
                Collectors.counting())).forEach(langs::put);
        ObjectNode types = n.putObject("entityTypes");
        view.entities().stream().collect(Collectors.groupingBy(e -> e.type().name(), java.util.TreeMap::new,
                Collectors.counting())).forEach(types::put);
        if (engine.store().isPresent()) {
            StoreStats s = engine.store().get().stats();
            ObjectNode store = n.putObject("store");
            store.put("sizeOnDisk", s.sizeOnDisk());
            ObjectNode journal = store.putObject("journal");
            s.journal().forEach(journal::put);
        }
        return n;
    }

    private static Set<String> languages(CorpusView view, List<String> documents) {
        Set<String> out = new LinkedHashSet<>();
        documents.forEach(d -> view.document(d).ifPresent(a -> out.add(a.lang())));
        return out;
    }

    private ArrayNode strings(java.util.Collection<String> values) {
        ArrayNode a = mapper.createArrayNode();
        values.forEach(a::add);
        return a;
    }

}
