package io.parallax.bench.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.parallax.util.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval extraction --data DIR}: article-body F1 on the article-extraction benchmark, snippet F1 on
 * the trafilatura evaluation set, date accuracy, and pages per second on one thread, for Parallax and its peers
 * (Readability.js under node, boilerpipe), all in the same run on the same pages.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Article extraction: F1, snippet F1, date accuracy and speed against Readability.js and boilerpipe.")
public final class ExtractionEval implements Callable<Integer> {

    @Option(names = "--data", description = "Directory holding article-extraction-benchmark/ and trafilatura-eval/ "
            + "(default: ../shared/data/extraction).")
    Path data;

    @Option(names = "--peers", split = ",", defaultValue = "readability.js,boilerpipe",
            description = "Peers to measure: readability.js, boilerpipe, or none (default ${DEFAULT-VALUE}).")
    List<String> peers;

    @Option(names = "--passes", defaultValue = "3", description = "Timed passes; the best counts (default ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--peer-dir", defaultValue = "parallax-bench/peers/readability",
            description = "Where extract.js and the npm packages live (default ${DEFAULT-VALUE}).")
    Path peerDir;

    @Option(names = "--results", defaultValue = "parallax-bench/results/extraction.json",
            description = "Results file (default ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--benchmarks", description = "Also rewrite the '## Article extraction' section of this file "
            + "(for example BENCHMARKS.md).")
    Path benchmarks;

    @Option(names = "--dump", description = "Write each system's AEB predictions as JSON lines here, for "
            + "score_extraction.py.")
    Path dump;

    @Option(names = "--worst", defaultValue = "0", description = "Print the N worst AEB pages of Parallax.")
    int worst;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        Path dir = data != null ? data : SharedData.resolve("data/extraction")
                .orElseThrow(() -> new IOException("no --data given and ../shared/data/extraction is absent"));
        Datasets.Aeb aeb = Datasets.aeb(dir.resolve("article-extraction-benchmark"));
        Datasets.Trafilatura traf = Datasets.trafilatura(dir.resolve("trafilatura-eval"));
        out.printf("pages: article-extraction-benchmark %d, trafilatura-eval %d%n", aeb.pages().size(),
                traf.pages().size());
        List<SystemResult> rows = new ArrayList<>();
        for (Peer peer : systems()) {
            rows.add(measure(peer, aeb, traf));
        }
        Report report = new Report(LocalDate.now().toString(), Machine.describe(), commandLine(dir), aeb.pages().size(),
                traf.pages().size(), rows);
        print(report);
        write(report);
        return 0;
    }

    private List<Peer> systems() {
        List<Peer> list = new ArrayList<>();
        list.add(new ParallaxPeer(passes));
        for (String p : peers) {
            switch (p.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "readability.js", "readability" -> list.add(new ReadabilityJsPeer(peerDir, passes));
                case "boilerpipe" -> list.add(new BoilerpipePeer(passes));
                case "none", "" -> {
                }
                default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "unknown peer '" + p + "'; use readability.js, boilerpipe or none");
            }
        }
        return list;
    }

    private SystemResult measure(Peer peer, Datasets.Aeb aeb, Datasets.Trafilatura traf) throws IOException {
        out.printf("running %s…%n", peer.name());
        Peer.Run a = peer.run(aeb.pages());
        ShingleMetric.Score s = ShingleMetric.score(aeb.truth(), a.bodies());
        Peer.Run t = peer.run(traf.pages());
        SnippetMetric.Score sn = SnippetMetric.score(traf.snippets(), t.bodies());
        DateScore date = DateScore.of(traf.dates(), t.dates());
        if (dump != null) {
            dump(peer.name(), a.bodies());
        }
        if (worst > 0 && peer instanceof ParallaxPeer) {
            printWorst(aeb, a);
        }
        return new SystemResult(peer.name(), s.f1(), s.precision(), s.recall(), sn.f1(), sn.precision(), sn.recall(),
                a.pagesPerSecond(), t.pagesPerSecond(), date);
    }

    private void printWorst(Datasets.Aeb aeb, Peer.Run run) {
        record Row(String id, ShingleMetric.Page page) {
        }
        List<Row> rows = new ArrayList<>();
        for (var e : aeb.truth().entrySet()) {
            rows.add(new Row(e.getKey(), ShingleMetric.page(e.getValue(), run.bodies().getOrDefault(e.getKey(), ""))));
        }
        rows.sort((x, y) -> Double.compare(x.page().tp(), y.page().tp()));
        for (Row r : rows.subList(0, Math.min(worst, rows.size()))) {
            out.printf("  %s tp %.3f fp %.3f fn %.3f%n", r.id(), r.page().tp(), r.page().fp(), r.page().fn());
        }
    }

    private void dump(String name, Map<String, String> bodies) throws IOException {
        Files.createDirectories(dump);
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (var e : new java.util.TreeMap<>(bodies).entrySet()) {
            lines.add(json.writeValueAsString(Map.of("id", e.getKey(), "articleBody", e.getValue())));
        }
        Files.write(dump.resolve(name + ".jsonl"), lines, StandardCharsets.UTF_8);
    }

    private String commandLine(Path dir) {
        return "./parallax eval extraction --data " + dir + " --peers " + String.join(",", peers) + " --passes "
                + passes;
    }

    private void print(Report r) {
        out.printf("%n%-16s %7s %7s %7s | %9s %7s %7s | %9s %9s | %9s%n", "system", "F1", "P", "R", "snippetF1",
                "P", "R", "AEB p/s", "traf p/s", "date acc");
        for (SystemResult s : r.systems()) {
            out.printf("%-16s %7.3f %7.3f %7.3f | %9.3f %7.3f %7.3f | %9.1f %9.1f | %s%n", s.name(), s.f1(),
                    s.precision(), s.recall(), s.snippetF1(), s.snippetPrecision(), s.snippetRecall(),
                    s.aebPagesPerSecond(), s.trafPagesPerSecond(), s.date() == null ? "-" : s.date().summary());
        }
    }

    private void write(Report r) throws IOException {
        if (results.getParent() != null) {
            Files.createDirectories(results.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.toFile(), r);
        out.println("results: " + results);
        if (benchmarks != null) {
            BenchmarksFile.replaceSection(benchmarks, "Article extraction", Markdown.section(r));
            out.println("updated: " + benchmarks);
        }
    }

    /** One system's figures. */
    public record SystemResult(String name, double f1, double precision, double recall, double snippetF1,
                               double snippetPrecision, double snippetRecall, double aebPagesPerSecond,
                               double trafPagesPerSecond, DateScore date) {
    }

    /** A whole run. */
    public record Report(String date, String machine, String command, int aebPages, int trafilaturaPages,
                         List<SystemResult> systems) {
        Map<String, SystemResult> byName() {
            Map<String, SystemResult> m = new LinkedHashMap<>();
            systems.forEach(s -> m.put(s.name(), s));
            return m;
        }
    }
}
