package io.parallax.bench.fallback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A smoke check on our own sample corpus: for each entity of {@code samples/expected.json} and each of its
 * variants that a document's text contains, whether the document's mentions include that exact text, and with
 * the expected type. The answer key was written by the team and lists the main entities only, so this measures
 * recall of those, not precision, and is no benchmark.
 */
final class SampleSmoke {

    /** What one document's mentions showed. */
    record DocResult(String document, String language, int present, int exact, int typed, List<String> missed) {
    }

    private record Expected(String variant, EntityType type) {
    }

    private final List<Expected> expected = new ArrayList<>();

    SampleSmoke(Path expectedJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(expectedJson.toFile());
        for (JsonNode e : root.get("entities")) {
            EntityType type = EntityType.parse(e.get("type").asText());
            for (JsonNode v : e.get("variants")) {
                expected.add(new Expected(v.asText(), type));
            }
        }
    }

    DocResult check(AnalyzedDocument doc) {
        String text = doc.document().text();
        int present = 0;
        int exact = 0;
        int typed = 0;
        List<String> missed = new ArrayList<>();
        for (Expected e : expected) {
            if (!contains(text, e.variant())) {
                continue;
            }
            present++;
            boolean any = false;
            boolean right = false;
            for (Mention m : doc.mentions()) {
                if (m.text().equals(e.variant())) {
                    any = true;
                    right |= m.type() == e.type();
                }
            }
            exact += any ? 1 : 0;
            typed += right ? 1 : 0;
            if (!right) {
                missed.add(e.variant() + " (" + e.type() + ")");
            }
        }
        return new DocResult(doc.document().id(), doc.language().language(), present, exact, typed, missed);
    }

    private static boolean contains(String text, String variant) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    static String row(String language, List<DocResult> results) {
        int present = results.stream().mapToInt(DocResult::present).sum();
        int exact = results.stream().mapToInt(DocResult::exact).sum();
        int typed = results.stream().mapToInt(DocResult::typed).sum();
        return String.format(Locale.ROOT, "| %s | %d | %d | %d/%d (%.0f%%) | %d/%d (%.0f%%) |", language,
                results.size(), present, exact, present, 100.0 * exact / Math.max(1, present), typed, present,
                100.0 * typed / Math.max(1, present));
    }
}
