package io.parallax.bench.fallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NTREX-128 as shipped in {@code ../shared/data/xling/ntrex/input.jsonl}: each English news document with its
 * professional translations, line-aligned (line 0 is the headline). Split into a development and a test half by
 * a fixed hash of the document id, so that rules are tuned on one half and reported on the other.
 */
public final class NtrexDocuments {

    /** One document in every language: language to its lines. */
    public record Aligned(String id, Map<String, List<String>> lines) {
    }

    private NtrexDocuments() {
    }

    /**
     * Reads the documents of one part ({@code dev}, {@code test} or {@code all}), sorted by id.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException for an unknown part, or a document whose translations are not aligned
     */
    public static List<Aligned> read(Path input, String part) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Map<String, List<String>>> byDoc = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                String id = n.get("id").asText();
                String doc = id.substring(0, id.lastIndexOf('-'));
                List<String> lines = new ArrayList<>();
                lines.add(n.get("title").asText());
                lines.addAll(List.of(n.get("text").asText().split("\n", -1)));
                byDoc.computeIfAbsent(doc, k -> new LinkedHashMap<>()).put(n.get("lang").asText(), lines);
            }
        }
        List<Aligned> out = new ArrayList<>();
        byDoc.forEach((doc, langs) -> {
            if (inPart(doc, part)) {
                check(doc, langs);
                out.add(new Aligned(doc, langs));
            }
        });
        return out;
    }

    /** Development half: documents whose id hashes to an even number (a fixed split; no randomness). */
    static boolean inPart(String doc, String part) {
        boolean dev = Math.floorMod(doc.hashCode() * 31 + 17, 2) == 0;
        return switch (part) {
            case "all" -> true;
            case "dev" -> dev;
            case "test" -> !dev;
            default -> throw new IllegalArgumentException("unknown part '" + part + "' (dev, test, all)");
        };
    }

    private static void check(String doc, Map<String, List<String>> langs) {
        int n = langs.getOrDefault("en", List.of()).size();
        for (var e : langs.entrySet()) {
            if (e.getValue().size() != n) {
                throw new IllegalArgumentException(doc + ": " + e.getKey() + " has " + e.getValue().size()
                        + " lines, English " + n);
            }
        }
    }
}
