package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    static final String ARTICLE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <title>Harbour reopens after storms | The Coast Times</title>
            <meta property="og:site_name" content="The Coast Times">
            <meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
            <link rel="canonical" href="https://coast.example/news/harbour-reopens">
            </head><body>
            <nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <article>
              <h1>Harbour reopens after storms</h1>
              <p class="byline">By Jane Smith and Tom Brown</p>
              <p>The harbour reopened on Monday after a week of storms that closed the coast road, officials said.</p>
              <figure><img src="a.jpg"><figcaption>Boats return to the harbour on Monday.</figcaption></figure>
              <p>Fishermen said the damage, which cost millions, was worse than in any year since 2019.</p>
              <p>Repairs to the pier will take until the summer, the council said in a statement.</p>
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about boats</a></li></ul></aside>
            <div class="comments"><p>Great article, thanks for writing it, really informative!</p></div>
            <footer>Copyright 2024 The Coast Times. All rights reserved.</footer>
            </body></html>""";

    private Document extract(String html, String url) throws ExtractionException {
        return extractor.extract(new RawDocument("page", url == null ? "page.html" : url,
                html.getBytes(StandardCharsets.UTF_8), "text/html", Map.of(), null));
    }

    @Test
    void extractsBodyAndMetadata() throws Exception {
        Document d = extract(ARTICLE, null);
        assertThat(d.title()).isEqualTo("Harbour reopens after storms");
        assertThat(d.authors()).containsExactly("Jane Smith", "Tom Brown");
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(d.metadata()).containsEntry("published.iso", "2024-03-05T08:30:00+01:00")
                .containsEntry("published.source", "meta:article:published_time")
                .containsEntry("language.declared", "en");
        assertThat(d.outlet()).isEqualTo("The Coast Times");
        assertThat(d.url()).isEqualTo("https://coast.example/news/harbour-reopens");
        assertThat(d.paragraphTexts()).hasSize(3);
        assertThat(d.text()).startsWith("The harbour reopened").contains("Fishermen said")
                .doesNotContain("cookies").doesNotContain("Great article").doesNotContain("Copyright")
                .doesNotContain("Another story").doesNotContain("Home");
        assertThat(d.metadata().get("captions")).isEqualTo("Boats return to the harbour on Monday.");
    }

    @Test
    void jsonLdGivesAuthorsDateAndPublisher() throws Exception {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Rail plan unveiled","datePublished":"2023-06-24",
                  "author":[{"@type":"Person","name":"Anna Berg"},{"@type":"Person","name":"Lars Ek"}],
                  "publisher":{"@type":"Organization","name":"Dagens Exempel"}}]}
                </script><script type="application/ld+json">{ broken json </script></head>
                <body><div id="content"><p>Regeringen presenterade i dag sin nya plan för järnvägen i hela landet.</p>
                <p>Planen kostar flera miljarder kronor, enligt finansministern, och ska vara klar om fem år.</p></div>
                </body></html>""";
        Document d = extract(html, null);
        assertThat(d.authors()).containsExactly("Anna Berg", "Lars Ek");
        assertThat(d.published()).isEqualTo(LocalDate.of(2023, 6, 24));
        assertThat(d.outlet()).isEqualTo("Dagens Exempel");
        assertThat(d.title()).isEqualTo("Rail plan unveiled");
    }

    @Test
    void dateFromUrlWhenMarkupHasNone() throws Exception {
        Document d = extract("<html><body><p>A paragraph of article text that is long enough to count.</p>"
                + "</body></html>", "https://news.example/2022/11/03/story-slug");
        assertThat(d.published()).isEqualTo(LocalDate.of(2022, 11, 3));
        assertThat(d.metadata()).containsEntry("published.source", "url");
    }

    @Test
    void deepNestingIsHandled() throws Exception {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep text that is long enough to be kept here.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        Document d = extract(html, null);
        assertThat(d.text()).contains("Deep text");
    }

    @Test
    void pageWithoutTextIsAProblem() {
        assertThatThrownBy(() -> extract("<html><body><script>var x = 1;</script></body></html>", null))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("no article text");
    }

    @Test
    void binaryWithHtmlTypeIsRefused() {
        byte[] bin = new byte[2048];
        new java.util.Random(1).nextBytes(bin);
        assertThatThrownBy(() -> extractor.extract(RawDocument.of("b", "b.html", bin, "text/html")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
    }

    @Test
    void oversizedPageIsRefusedWithoutParsing() {
        HtmlExtractor small = new HtmlExtractor(new ExtractionConfig(1 << 20, 256, 25));
        byte[] big = ("<html><body>" + "<p>word word word word</p>".repeat(60_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.extract(RawDocument.of("big", "big.html", big, "text/html")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("too large");
    }
}
