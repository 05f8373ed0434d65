package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedSourceTest {

    @TempDir
    Path dir;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final LoopbackServer server = new LoopbackServer();
    private static final SourceOptions LOOPBACK = SourceOptions.DEFAULTS.withFetch(
            FetchConfig.DEFAULTS.withAllowPrivateAddresses(true).withPerHostInterval(Duration.ZERO));

    FeedSourceTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String rss(String... links) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < links.length; i++) {
            items.append("<item><title>Story ").append(i).append("</title><link>").append(links[i])
                    .append("</link><author>ed@example.org (Ed Itor)</author>")
                    .append("<pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>")
                    .append("<description>&lt;p&gt;Body of story ").append(i).append(".&lt;/p&gt;</description></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>"
                + "<link>https://news.example/</link><description>d</description>" + items + "</channel></rss>";
    }

    private void read(FeedSource s) {
        s.read(docs::add, problems::add);
    }

    @Test
    void rssFileEntriesBecomePagesWithTheirMetadata() throws IOException {
        Path feed = Files.writeString(dir.resolve("news.rss"), rss("https://news.example/a", "https://news.example/b"));
        try (HttpFetcher f = new HttpFetcher(LOOPBACK.fetch())) {
            read(new FeedSource(feed.toString(), LOOPBACK, f, false));
        }
        assertThat(docs).extracting(RawDocument::id).containsExactly("https://news.example/a", "https://news.example/b");
        String html = new String(docs.getFirst().content(), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>Story 0</title>").contains("Body of story 0")
                .contains("article:published_time\" content=\"2024-01-02T10:00Z").contains("Example News");
        assertThat(problems).isEmpty();
    }

    @Test
    void atomFeedUrlWithLinksFetchesEachLink() throws IOException {
        server.page("/a", "text/html", "<html><body><p>Fetched article A.</p></body></html>");
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id>
                <updated>2024-01-02T10:00:00Z</updated>
                <entry><title>A</title><id>urn:a</id><link href="%s"/><updated>2024-01-02T10:00:00Z</updated></entry>
                </feed>""".formatted(server.url("/a"));
        server.page("/feed", "application/atom+xml", atom);
        try (Source s = Sources.open(List.of(server.url("/feed")), LOOPBACK)) {
            s.read(docs::add, problems::add);
        }
        assertThat(problems).isEmpty();
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(server.url("/a"));
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).contains("Fetched article A.");
        });
    }

    @Test
    void hostileEntitiesAreRefusedWithoutExpansion() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://" + secret + "\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title>"
                + "<link>https://news.example/x</link><description>&x;</description></item></channel></rss>";
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        lol.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        Path a = Files.writeString(dir.resolve("xxe.rss"), xxe);
        Path b = Files.writeString(dir.resolve("lol.rss"), lol.toString());
        try (HttpFetcher f = new HttpFetcher(LOOPBACK.fetch())) {
            read(new FeedSource(a.toString(), LOOPBACK, f, false));
            read(new FeedSource(b.toString(), LOOPBACK, f, false));
        }
        assertThat(docs).isEmpty();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("not a readable RSS/Atom feed")
                .doesNotContain("TOP-SECRET"));
    }

    @Test
    void brokenFeedIsAProblem() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><title>x</title><item>");
        try (HttpFetcher f = new HttpFetcher(LOOPBACK.fetch())) {
            read(new FeedSource(broken.toString(), LOOPBACK, f, false));
        }
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("feed");
    }
}
