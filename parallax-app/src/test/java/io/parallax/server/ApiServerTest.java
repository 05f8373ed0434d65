package io.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.app.Engine;
import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API over a real store, through a real HTTP client. */
class ApiServerTest {

    @TempDir
    static Path tmp;
    static Engine engine;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        engine = Engine.open(Pipeline.standard(PipelineConfig.defaults()), LuceneStore.open(tmp.resolve("store")));
        engine.ingest(skip -> new FileSource(List.of(Path.of("..", "samples").toString()),
                SourceOptions.DEFAULTS.withSkip(skip)), (id, o) -> { });
        server = ApiServer.start(engine, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        engine.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void eventsAndOneEvent() throws Exception {
        JsonNode events = json("/api/events");
        assertThat(events.size()).isGreaterThanOrEqualTo(4);
        JsonNode event = json("/api/events/" + events.get(0).get("id").asText());
        assertThat(event.get("sources").size()).isEqualTo(events.get(0).get("documents").size());
        assertThat(event.has("claims")).isTrue();
        assertThat(event.has("timeline")).isTrue();
    }

    @Test
    void entitiesDocumentsAndSearch() throws Exception {
        JsonNode entities = json("/api/entities?type=PER&limit=5");
        assertThat(entities.size()).isBetween(1, 5);
        entities.forEach(e -> assertThat(e.get("type").asText()).isEqualTo("PER"));
        JsonNode entity = json("/api/entities/" + URLEncoder.encode(entities.get(0).get("id").asText(), StandardCharsets.UTF_8));
        assertThat(entity.get("mentions").size()).isPositive();
        String doc = entity.get("mentions").get(0).get("doc").asText();
        JsonNode document = json("/api/documents/" + URLEncoder.encode(doc, StandardCharsets.UTF_8));
        assertThat(document.get("text").asText()).isNotEmpty();
        JsonNode hits = json("/api/search?q=" + URLEncoder.encode("München", StandardCharsets.UTF_8));
        assertThat(hits.get("hits").size()).isPositive();
    }

    @Test
    void statsAndAnalysis() throws Exception {
        assertThat(json("/api/stats").get("documents").asInt()).isPositive();
        assertThat(json("/api/analysis").has("timeline")).isTrue();
    }

    @Test
    void errorsAreJsonWithStatus() throws Exception {
        HttpResponse<String> missing = get("/api/events/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).contains("no event nope");
        HttpResponse<String> noQuery = get("/api/search");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertThat(get("/api/entities?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/entities?type=PLANET").statusCode()).isEqualTo(400);
        assertThat(get("/api/no-such-route").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheWebUi() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<title>Parallax</title>");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
    }
}
