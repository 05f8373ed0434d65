package io.parallax.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Claim;
import io.parallax.model.Document;
import io.parallax.model.Entity;
import io.parallax.model.Event;
import io.parallax.model.Mention;
import io.parallax.model.Place;
import io.parallax.model.Provenance;
import io.parallax.model.Quote;
import io.parallax.model.Statement;
import io.parallax.model.TimelineEntry;
import io.parallax.pipeline.CorpusView;

/**
 * Writes a corpus view in the published {@code analyze} schema: {@code documents}, {@code entities},
 * {@code events}, {@code quotes}, {@code claims} and {@code timeline}. Outside tools depend on these field names;
 * fields may be added, never renamed or removed. Thread-safe.
 */
public final class AnalysisJson {

    private final ObjectMapper mapper = Json.mapper();

    public ObjectNode write(CorpusView view) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        view.documents().forEach(d -> docs.add(document(d)));
        ArrayNode entities = root.putArray("entities");
        view.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode events = root.putArray("events");
        view.events().forEach(e -> events.add(event(e)));
        ArrayNode quotes = root.putArray("quotes");
        view.quotes().forEach(q -> quotes.add(quote(q, view)));
        ArrayNode claims = root.putArray("claims");
        view.claims().forEach(c -> claims.add(claim(c)));
        ArrayNode timeline = root.putArray("timeline");
        view.timeline().forEach(t -> timeline.add(timeline(t)));
        return root;
    }

    public ObjectNode document(AnalyzedDocument a) {
        Document d = a.document();
        ObjectNode n = mapper.createObjectNode();
        n.put("id", d.id());
        n.put("language", a.lang());
        n.put("languageConfidence", round(a.language().confidence()));
        n.put("title", d.title());
        ArrayNode authors = n.putArray("authors");
        d.authors().forEach(authors::add);
        n.put("outlet", d.outlet());
        n.put("published", d.published() == null ? null : d.published().toString());
        n.put("url", d.url());
        n.put("sentences", a.sentences().size());
        n.put("mentions", a.mentions().size());
        return n;
    }

    public ObjectNode entity(Entity e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        ArrayNode variants = n.putArray("variants");
        e.variantNames().forEach(variants::add);
        ArrayNode mentions = n.putArray("mentions");
        e.mentions().forEach(m -> mentions.add(mention(m)));
        if (e.place() != null) {
            n.set("place", place(e.place()));
        }
        return n;
    }

    private ObjectNode mention(Mention m) {
        ObjectNode n = span(m.provenance());
        n.put("text", m.text());
        n.put("type", m.type().name());
        return n;
    }

    private ObjectNode place(Place p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("lat", p.latitude());
        n.put("lon", p.longitude());
        n.put("precision", p.precision().name().toLowerCase(java.util.Locale.ROOT));
        n.put("country", p.countryCode());
        if (p.geonamesId() != 0) {
            n.put("geonames", p.geonamesId());
        }
        return n;
    }

    public ObjectNode event(Event e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", e.id());
        n.put("title", e.title());
        n.put("date", e.date() == null ? null : e.date().toString());
        ArrayNode docs = n.putArray("documents");
        e.documents().forEach(docs::add);
        n.put("confidence", round(e.confidence()));
        ArrayNode keywords = n.putArray("keywords");
        e.keywords().forEach(keywords::add);
        return n;
    }

    public ObjectNode quote(Quote q, CorpusView view) {
        ObjectNode n = span(q.provenance());
        n.put("speaker", view.entityOf(q.speaker()).orElse(null));
        n.put("speakerText", q.speaker() == null ? null : q.speaker().text());
        n.put("kind", q.kind().label());
        n.put("text", q.text());
        n.put("cue", q.cue());
        return n;
    }

    public ObjectNode claim(Claim c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("event", c.event());
        n.put("relation", c.relation().label());
        ArrayNode statements = n.putArray("statements");
        for (Statement s : c.statements()) {
            ObjectNode sn = span(s.provenance());
            sn.put("text", s.text());
            sn.put("language", s.language());
            statements.add(sn);
        }
        n.put("confidence", round(c.confidence()));
        n.put("reason", c.reason());
        return n;
    }

    public ObjectNode timeline(TimelineEntry t) {
        ObjectNode n = span(t.provenance());
        n.put("event", t.event());
        n.put("date", t.date());
        n.put("text", t.text());
        n.put("expression", t.expression().text());
        n.put("expressionStart", t.expression().provenance().start());
        n.put("expressionEnd", t.expression().provenance().end());
        n.put("relative", t.expression().relative());
        return n;
    }

    /** {@code doc}, {@code start}, {@code end} and {@code confidence} of a fact. */
    private ObjectNode span(Provenance p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("doc", p.document());
        n.put("start", p.start());
        n.put("end", p.end());
        n.put("confidence", round(p.confidence()));
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
