package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.ingest.LoopbackServer;
import io.parallax.ingest.WarcFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.parallax.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code parallax ingest} from a WARC written with jwarc, and from a feed and a URL list served on loopback; the same
 * inputs twice store each article once; fetching from loopback is refused without the flag.
 */
class IngestSourcesTest {

    @TempDir
    Path tmp;

    static String page(String title, String body) {
        return "<html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + body + "</p><p>" + body.replace("said", "added") + "</p></article></body></html>";
    }

    @Test
    void warcArchiveIngestsAndReingestsOnce() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("https://news.example/a", page("Bridge reopens in Lyon",
                "Mayor Peter Hansen said on Monday that the Pont Lafayette in Lyon would reopen after repairs costing 40 million euros."));
        pages.put("https://news.example/b", page("Storm hits Munich",
                "Hail the size of golf balls fell on Munich on Tuesday evening, the German Weather Service said in a statement."));
        Path warc = WarcFixtures.write(tmp.resolve("crawl.warc.gz"), pages);
        Path store = tmp.resolve("store");
        CliTest.Run first = run("ingest", "--store", store.toString(), warc.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 stored");
        CliTest.Run again = run("ingest", "--store", store.toString(), warc.toString());
        assertThat(again.out()).contains("0 stored");
        JsonNode stats = new ObjectMapper().readTree(run("stats", "--store", store.toString(), "--json").out());
        assertThat(stats.get("documents").asInt()).isEqualTo(2);
    }

    @Test
    void feedAndUrlListOnLoopback() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
            server.page("/a", "text/html", page("Ferry aground off Åland",
                    "The ferry Sjöstjärnan ran aground off Föglö on Thursday, the coast guard said, and all 58 passengers were safe."));
            server.page("/b", "text/html", page("Rail deal signed in Warsaw",
                    "Poland and Ukraine signed an agreement in Warsaw on Wednesday to build a rail line from Przemysl to Lviv, ministers said."));
            server.page("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>Wire</title><link>" + server.url("/") + "</link><description>d</description>"
                    + "<item><title>Ferry</title><link>" + server.url("/a") + "</link></item>"
                    + "<item><title>Rail</title><link>" + server.url("/b") + "</link></item></channel></rss>");
            Path list = Files.writeString(tmp.resolve("pages.urls"), server.url("/a") + "\n" + server.url("/b") + "\n");
            Path store = tmp.resolve("store");

            CliTest.Run refused = run("ingest", "--store", store.toString(), list.toString());
            assertThat(refused.err()).contains("problem");
            assertThat(refused.out()).contains("0 stored");

            CliTest.Run feed = run("ingest", "--store", store.toString(), "--allow-private-addresses", server.url("/feed.xml"));
            assertThat(feed.code()).as(feed.err()).isZero();
            assertThat(feed.out()).contains("2 stored");
            CliTest.Run urls = run("ingest", "--store", store.toString(), "--allow-private-addresses", list.toString());
            assertThat(urls.code()).as(urls.err()).isZero();
            assertThat(urls.out()).contains("0 stored");
            JsonNode stats = new ObjectMapper().readTree(run("stats", "--store", store.toString(), "--json").out());
            assertThat(stats.get("documents").asInt()).isEqualTo(2);
        }
    }
}
