package io.parallax.link;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.model.Entity;
import io.parallax.model.Mention;
import io.parallax.model.Place;
import io.parallax.model.Variant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes entities as JSON Lines, CSV (RFC 4180) and, for those with a place, GeoJSON. Pure functions of the
 * entities (for example {@link EntityRegistry#entities()}); the caller owns and closes the writer.
 *
 * <p>Thread-safe. Write errors surface as {@link UncheckedIOException}.
 */
public final class EntityExports {

    private static final String[] CSV_HEADER = {"id", "name", "type", "variants", "languages", "documents",
            "mentions", "latitude", "longitude", "precision", "country", "geonames_id", "first_seen", "last_seen"};

    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** One JSON object per line: id, name, type, variants (with languages, count, documents), place, seen times. */
    public void jsonl(Collection<Entity> entities, Writer out) {
        try {
            for (Entity e : entities) {
                out.write(json.writeValueAsString(toJson(e)));
                out.write('\n');
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A header line, then one row per entity; lists are joined with {@code |}. */
    public void csv(Collection<Entity> entities, Writer out) {
        try {
            out.write(String.join(",", CSV_HEADER));
            out.write("\r\n");
            for (Entity e : entities) {
                Place p = e.place();
                String[] row = {e.id(), e.name(), e.type().name(), String.join("|", e.variantNames()),
                        String.join("|", languages(e)), String.join("|", documents(e.mentions())),
                        Integer.toString(e.mentions().size()), p == null ? "" : Double.toString(p.latitude()),
                        p == null ? "" : Double.toString(p.longitude()), p == null ? "" : p.precision().name(),
                        p == null || p.countryCode() == null ? "" : p.countryCode(),
                        p == null || p.geonamesId() == 0 ? "" : Long.toString(p.geonamesId()),
                        e.firstSeen() == null ? "" : e.firstSeen().toString(),
                        e.lastSeen() == null ? "" : e.lastSeen().toString()};
                for (int i = 0; i < row.length; i++) {
                    out.write((i == 0 ? "" : ",") + csvField(row[i]));
                }
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A FeatureCollection of Points ([longitude, latitude]) for the entities that have a place. */
    public void geojson(Collection<Entity> entities, Writer out) {
        ObjectNode root = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Entity e : entities) {
            Place p = e.place();
            if (p == null) {
                continue;
            }
            ObjectNode f = features.addObject().put("type", "Feature").put("id", e.id());
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(p.longitude()).add(p.latitude());
            ObjectNode props = f.putObject("properties").put("name", e.name()).put("type", e.type().name())
                    .put("precision", p.precision().name()).put("country", p.countryCode())
                    .put("mentions", e.mentions().size());
            if (p.geonamesId() != 0) {
                props.put("geonames_id", p.geonamesId());
            }
            ArrayNode variants = props.putArray("variants");
            e.variantNames().forEach(variants::add);
        }
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(out, root);
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private ObjectNode toJson(Entity e) {
        ObjectNode o = json.createObjectNode().put("id", e.id()).put("name", e.name()).put("type", e.type().name());
        Map<String, Set<String>> docs = documentsByVariant(e.mentions());
        ArrayNode variants = o.putArray("variants");
        for (Variant v : e.variants()) {
            ObjectNode vo = variants.addObject().put("name", v.name()).put("count", v.count());
            ArrayNode langs = vo.putArray("languages");
            new TreeSet<>(v.languages()).forEach(langs::add);
            ArrayNode d = vo.putArray("documents");
            docs.getOrDefault(v.name(), Set.of()).forEach(d::add);
        }
        o.put("mentions", e.mentions().size());
        if (e.place() != null) {
            Place p = e.place();
            ObjectNode po = o.putObject("place").put("latitude", p.latitude()).put("longitude", p.longitude())
                    .put("precision", p.precision().name()).put("country", p.countryCode());
            if (p.geonamesId() != 0) {
                po.put("geonames_id", p.geonamesId());
            }
        }
        o.put("first_seen", e.firstSeen() == null ? null : e.firstSeen().toString());
        o.put("last_seen", e.lastSeen() == null ? null : e.lastSeen().toString());
        return o;
    }

    private static Map<String, Set<String>> documentsByVariant(List<Mention> mentions) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            out.computeIfAbsent(m.text(), k -> new TreeSet<>()).add(m.document());
        }
        return out;
    }

    private static Set<String> languages(Entity e) {
        Set<String> out = new TreeSet<>();
        e.variants().forEach(v -> out.addAll(v.languages()));
        return out;
    }

    private static Set<String> documents(List<Mention> mentions) {
        Set<String> out = new TreeSet<>();
        mentions.forEach(m -> out.add(m.document()));
        return out;
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
