package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI as a user runs it: exit codes, messages, and the commands over a real store built from the samples. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {

    @TempDir
    static Path tmp;
    Path store;
    Path samples;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(new ParallaxCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    void ingestSamples() throws IOException {
        store = tmp.resolve("store");
        samples = Path.of("..", "samples");
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.html"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 0, 0, 9});
        Run r = run("ingest", "--store", store.toString(), samples.toString(), bad.toString(),
                tmp.resolve("missing.txt").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("stored").contains("3 problems");
        assertThat(r.err()).contains("empty.txt").contains("binary").contains("missing.txt");
    }

    @Test
    void reIngestingStoresNothingTwice() {
        Run r = run("ingest", "--store", store.toString(), samples.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0 stored");
    }

    @Test
    void eventsGroupTheSamplesAcrossLanguages() throws IOException {
        Run r = run("events", "--store", store.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(r.out());
        assertThat(events.size()).isGreaterThanOrEqualTo(4);
        int multilingual = 0;
        for (JsonNode e : events) {
            if (e.get("languages").size() >= 2) {
                multilingual++;
            }
        }
        assertThat(multilingual).as(r.out()).isGreaterThanOrEqualTo(3);
        String id = events.get(0).get("id").asText();
        Run one = run("event", "--store", store.toString(), id);
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("Sources").contains("Claims").contains("Timeline");
    }

    @Test
    void entitiesAndSearchAcrossSpellings() throws IOException {
        Run entities = run("entities", "--store", store.toString(), "--type", "LOC", "--json");
        assertThat(entities.code()).isZero();
        assertThat(new ObjectMapper().readTree(entities.out()).size()).isPositive();
        Run search = run("search", "--store", store.toString(), "Göteborg", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(search.out());
        assertThat(result.get("hits").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void statsCountTheStore() throws IOException {
        Run r = run("stats", "--store", store.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode stats = new ObjectMapper().readTree(r.out());
        assertThat(stats.get("documents").asInt()).isEqualTo(countSamples());
        assertThat(stats.get("languages").size()).isGreaterThanOrEqualTo(4);
    }

    private int countSamples() throws IOException {
        try (var files = Files.list(samples)) {
            return (int) files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".html.gz")).count();
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run r = run("ingest");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
        assertThat(run("no-such-command").code()).isEqualTo(2);
        assertThat(run("entities", "--type", "PLANET").code()).isEqualTo(2);
    }

    @Test
    void failuresExitWithOneAndAMessage() {
        Run r = run("events", "--store", tmp.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no store at").contains("parallax ingest");
        Run missing = run("event", "--store", store.toString(), "no-such-event");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no event no-such-event");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[]{"demo", "ingest", "analyze", "events", "event", "entities", "search", "stats",
                "serve", "extract"}) {
            Run r = run(c, "--help");
            assertThat(r.code()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage:");
        }
    }

    @Test
    void analyzeWritesThePublishedSchema() throws IOException {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, "Officials in Lyon said on 3 March 2024 that the bridge would reopen.\n",
                StandardCharsets.UTF_8);
        Run r = run("analyze", "--format", "json", a.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String field : new String[]{"documents", "entities", "events", "quotes", "claims", "timeline"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        JsonNode doc = json.get("documents").get(0);
        assertThat(doc.get("id").asText()).isEqualTo("a.txt");
        assertThat(doc.get("language").asText()).isEqualTo("en");
        assertThat(json.get("timeline").get(0).get("date").asText()).isEqualTo("2024-03-03");
    }
}
