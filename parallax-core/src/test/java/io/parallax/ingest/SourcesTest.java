package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesTest {

    @TempDir
    Path dir;

    private static final SourceOptions LOOPBACK = SourceOptions.DEFAULTS.withFetch(
            FetchConfig.DEFAULTS.withAllowPrivateAddresses(true).withPerHostInterval(Duration.ZERO));

    @Test
    void picksTheSourceByInput() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.data"), FeedSourceTest.rss("https://n.example/a"));
        assertThat(Sources.kind("-", SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.FILES);
        assertThat(Sources.kind(dir.toString(), SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.FILES);
        assertThat(Sources.kind("x.warc.gz", SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.WARC);
        assertThat(Sources.kind("x.atom", SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.FEED);
        assertThat(Sources.kind(feed.toString(), SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.FEED);
        assertThat(Sources.kind("list.urls", SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.URL_LIST);
        assertThat(Sources.kind("list.txt", SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.FILES);
        assertThat(Sources.kind("list.txt", SourceOptions.DEFAULTS.withUrlLists(true))).isEqualTo(Sources.Kind.URL_LIST);
        assertThat(Sources.kind("https://x.example/", SourceOptions.DEFAULTS)).isEqualTo(Sources.Kind.URL);
    }

    @Test
    void mixedInputsAreReadInOrderAndUrlListsAreFetched() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            server.page("/one", "text/html", "<p>one</p>");
            server.page("/two", "text/html", "<p>two</p>");
            Path list = Files.writeString(dir.resolve("pages.urls"),
                    "# pages\n" + server.url("/one") + "\n\n" + server.url("/two") + "\n" + server.url("/three") + "\n");
            Path text = Files.writeString(dir.resolve("a.txt"), "Some text.");
            Path warc = WarcFixtures.write(dir.resolve("w.warc.gz"), Map.of("https://n.example/w", "<p>warc</p>"));
            List<RawDocument> docs = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            try (Source s = Sources.open(List.of(text.toString(), list.toString(), warc.toString()), LOOPBACK)) {
                s.read(docs::add, problems::add);
            }
            assertThat(docs).extracting(RawDocument::id).containsExactly("a.txt", server.url("/one"),
                    server.url("/two"), "https://n.example/w");
            assertThat(problems).singleElement().extracting(Problem::message).asString().contains("HTTP 404");
        }
    }

    @Test
    void urlsAreRefusedOnLoopbackWithoutTheFlag() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            server.page("/one", "text/html", "<p>one</p>");
            List<Problem> problems = new ArrayList<>();
            try (Source s = Sources.open(List.of(server.url("/one")), SourceOptions.DEFAULTS)) {
                s.read(d -> { }, problems::add);
            }
            assertThat(problems).singleElement().extracting(Problem::message).asString().contains("non-public");
            assertThat(server.requests).isEmpty();
        }
    }
}
