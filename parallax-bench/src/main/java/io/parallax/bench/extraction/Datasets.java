package io.parallax.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Loaders for the two extraction benchmarks under {@code data/extraction}. */
public final class Datasets {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The article-extraction benchmark: pages (sorted by id) and the true article body of each. */
    public record Aeb(List<BenchPage> pages, Map<String, String> truth) {
    }

    /** The trafilatura evaluation set: pages (sorted by id), snippets, and the dates given in the metadata. */
    public record Trafilatura(List<BenchPage> pages, Map<String, SnippetMetric.Snippets> snippets,
                              Map<String, String> dates) {
    }

    private Datasets() {
    }

    public static Aeb aeb(Path dir) throws IOException {
        JsonNode gt = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<BenchPage> pages = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        for (String id : sorted(gt.fieldNames())) {
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            JsonNode item = gt.get(id);
            pages.add(new BenchPage(id, item.path("url").asText(null), gunzip(file), file));
            truth.put(id, item.path("articleBody").asText(""));
        }
        return new Aeb(pages, truth);
    }

    public static Trafilatura trafilatura(Path dir) throws IOException {
        JsonNode data = JSON.readTree(dir.resolve("evaldata.json").toFile());
        List<BenchPage> pages = new ArrayList<>();
        Map<String, SnippetMetric.Snippets> snippets = new LinkedHashMap<>();
        Map<String, String> dates = new LinkedHashMap<>();
        for (String url : sorted(data.fieldNames())) {
            JsonNode item = data.get(url);
            String file = item.path("file").asText();
            Path path = dir.resolve("html").resolve(file + ".gz");
            if (!Files.exists(path)) {
                continue;
            }
            String id = file.replaceFirst("\\.html?$", "");
            pages.add(new BenchPage(id, url, gunzip(path), path));
            snippets.put(id, new SnippetMetric.Snippets(texts(item.get("with")), texts(item.get("without"))));
            String date = item.path("date").asText("");
            if (!date.isBlank()) {
                dates.put(id, date);
            }
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return new Trafilatura(pages, snippets, dates);
    }

    private static List<String> sorted(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        out.sort(null);
        return out;
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null) {
            arr.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
