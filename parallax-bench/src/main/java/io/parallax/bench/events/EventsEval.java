package io.parallax.bench.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.app.Engine;
import io.parallax.bench.extraction.BenchmarksFile;
import io.parallax.bench.extraction.Machine;
import io.parallax.event.EntityEventClusterer;
import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.model.Event;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.store.lucene.LuceneStore;
import io.parallax.util.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval events --data DIR}: how well documents are grouped into events, as B-cubed and pairwise
 * precision, recall and F1 against gold clusters. Reads ECB+ or BASIL ({@code input.jsonl} with {@code id} and
 * {@code text}, {@code gold.jsonl} with the cluster), or a directory of articles with an {@code expected.json} in the
 * sample corpus's format. Analysis runs once into a store; each clustering threshold is then measured by replaying
 * the store, so a sweep costs seconds.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event clustering: B-cubed and pairwise F1 on ECB+, BASIL or the samples, with a threshold sweep.")
public final class EventsEval implements Callable<Integer> {

    @Option(names = "--data", description = "ECB+ or BASIL directory (input.jsonl + gold.jsonl) or articles with "
            + "expected.json (default: ../shared/data/clustering/ecbplus).")
    Path data;

    @Option(names = "--store", description = "Analyse into this store and reuse it on later runs (default: a "
            + "temporary store).")
    Path store;

    @Option(names = "--thresholds", split = ",", description = "Clustering thresholds to measure (default: the "
            + "configured one).")
    List<Double> thresholds;

    @Option(names = "--benchmarks", description = "Also rewrite this file's '## Events' section (e.g. BENCHMARKS.md).")
    Path benchmarks;

    private final ObjectMapper mapper = new ObjectMapper();

    /** Gold clusters and the files to analyse. */
    private record Dataset(String name, Path articles, Map<String, String> gold) {
    }

    /** One measured configuration. */
    record Row(double threshold, int events, Scores bcubed, Scores pairwise) {
    }

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : SharedData.resolve("data/clustering/ecbplus")
                .orElseThrow(() -> new IOException("no --data given and ../shared/data/clustering/ecbplus is absent"));
        Dataset set = load(dir);
        Path storeDir = store != null ? store : Files.createTempDirectory("parallax-eval-events");
        PipelineConfig base = PipelineConfig.defaults();
        long started = System.nanoTime();
        try (Engine engine = Engine.open(Pipeline.standard(base), LuceneStore.open(storeDir))) {
            engine.ingest(skip -> new FileSource(List.of(set.articles().toString()), SourceOptions.DEFAULTS.withSkip(skip)),
                    (id, o) -> { });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Double> sweep = thresholds == null ? List.of(base.events().threshold()) : thresholds;
        List<Row> rows = new ArrayList<>();
        for (double t : sweep) {
            EntityEventClusterer.Config c = base.events();
            PipelineConfig config = new PipelineConfig(base.extraction(),
                    new EntityEventClusterer.Config(t, c.evidence(), c.maxDaysApart()), base.claims(), base.threads());
            try (Engine engine = Engine.open(Pipeline.standard(config), LuceneStore.open(storeDir))) {
                rows.add(score(t, engine.view().events(), set.gold()));
            }
        }
        print(set, rows, seconds);
        if (benchmarks != null) {
            BenchmarksFile.replaceSection(benchmarks, "Events", markdown(set, rows));
        }
        return 0;
    }

    private Dataset load(Path dir) throws IOException {
        if (Files.exists(dir.resolve("expected.json"))) {
            Map<String, String> gold = new LinkedHashMap<>();
            for (JsonNode e : mapper.readTree(dir.resolve("expected.json").toFile()).path("events")) {
                e.path("documents").forEach(d -> gold.put(fileId(d.asText()), e.path("slug").asText()));
            }
            return new Dataset(dir.getFileName().toString(), dir, gold);
        }
        Path articles = Files.createTempDirectory("parallax-eval-events-articles");
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("input.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode d = mapper.readTree(line);
                String title = d.path("title").asText("");
                String text = (title.isEmpty() ? "" : title + "\n\n") + d.path("text").asText();
                Files.writeString(articles.resolve(d.path("id").asText() + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        Map<String, String> gold = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode g = mapper.readTree(line);
                String cluster = g.has("event_cluster") ? g.path("event_cluster").asText() : g.path("triplet").asText();
                gold.put(g.path("id").asText() + ".txt", cluster);
            }
        }
        return new Dataset(dir.getFileName().toString(), articles, gold);
    }

    private static String fileId(String name) {
        return FileSource.fileId(name);
    }

    static Row score(double threshold, List<Event> events, Map<String, String> gold) {
        Map<String, String> predicted = new HashMap<>();
        events.forEach(e -> e.documents().forEach(d -> predicted.put(d, e.id())));
        List<String> docs = new ArrayList<>(gold.keySet());
        return new Row(threshold, events.size(), Scores.bcubed(docs, predicted, gold), Scores.pairwise(docs, predicted, gold));
    }

    private static void print(Dataset set, List<Row> rows, double seconds) {
        System.out.printf("%s: %d documents, %d gold events; analysis %.1f s%n", set.name(), set.gold().size(),
                set.gold().values().stream().distinct().count(), seconds);
        System.out.println("threshold  events  B3-P   B3-R   B3-F1  pair-P pair-R pair-F1");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%9.2f  %6d  %.3f  %.3f  %.3f  %.3f  %.3f  %.3f%n", r.threshold(), r.events(),
                    r.bcubed().precision(), r.bcubed().recall(), r.bcubed().f1(), r.pairwise().precision(),
                    r.pairwise().recall(), r.pairwise().f1());
        }
    }

    private static String markdown(Dataset set, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("Measured ").append(LocalDate.now()).append(" on ").append(Machine.describe()).append(".\n\n");
        b.append("Command: `./parallax eval events --data ").append(set.name()).append(" …`. Data: ")
                .append(set.name()).append(", ").append(set.gold().size()).append(" documents, ")
                .append(set.gold().values().stream().distinct().count()).append(" gold events.\n\n");
        b.append("| threshold | events | B³ P | B³ R | B³ F1 | pairwise P | pairwise R | pairwise F1 |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %.2f | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    r.threshold(), r.events(), r.bcubed().precision(), r.bcubed().recall(), r.bcubed().f1(),
                    r.pairwise().precision(), r.pairwise().recall(), r.pairwise().f1()));
        }
        return b.toString();
    }
}
