package io.parallax.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org objects of a page's JSON-LD blocks that describe an article ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}, {@code ReportageNewsArticle} …), flattened out of arrays and {@code @graph}s. Broken JSON is
 * ignored: pages often carry several blocks and one bad one must not hide the others.
 *
 * <p>Thread-safe (the mapper is immutable once built).
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
            .build();
    private static final int MAX_NODES = 5000;

    static {
        // Bound what a hostile page can make us allocate or recurse into.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(2_000_000).build());
    }

    private JsonLd() {
    }

    /** Article-like objects from every JSON-LD block under {@code root}, in document order. */
    static List<JsonNode> articles(Element root) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : root.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode node = parse(script.data());
            if (node != null) {
                collect(node, out);
            }
        }
        return out;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json.strip());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = todo.pop();
            if (n.isArray()) {
                n.forEach(todo::addLast);
            } else if (n.isObject()) {
                if (isArticle(n)) {
                    out.add(n);
                }
                if (n.has("@graph")) {
                    todo.addLast(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    todo.addLast(n.get("mainEntity"));
                }
            }
        }
    }

    static boolean isArticle(JsonNode n) {
        for (String type : texts(n.get("@type"))) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("posting")
                    || t.equals("liveblogposting") || t.equals("analysisnewsarticle")) {
                return true;
            }
        }
        return false;
    }

    /** A string field, or the {@code name} of an object field; {@code null} if absent. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            return null;
        }
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isObject() && v.has("name")) {
            return v.get("name").asText();
        }
        return null;
    }

    /** Names of a field that may be a string, an object with {@code name}, or an array of either. */
    static List<String> names(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null) {
            return out;
        }
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            if (item.isTextual()) {
                out.add(item.asText());
            } else if (item.isObject() && item.has("name")) {
                JsonNode name = item.get("name");
                out.addAll(texts(name));
            }
        }
        return out;
    }

    private static List<String> texts(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            if (item.isTextual()) {
                out.add(item.asText());
            }
        }
        return out;
    }
}
