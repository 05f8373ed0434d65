package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Extracts an article from HTML with jsoup: title, authors, publication date, outlet and canonical URL from the
 * markup ({@link HtmlMetadata}), and the body paragraphs and image captions ({@link ContentExtractor}). Image
 * captions go to {@code metadata["captions"]} (one per line); each field's source goes to
 * {@code metadata["<field>.source"]}.
 *
 * <p>Thread-safe: every call parses its own DOM.
 */
public final class HtmlExtractor implements Extractor {

    private final ExtractionConfig config;

    public HtmlExtractor() {
        this(ExtractionConfig.DEFAULTS);
    }

    public HtmlExtractor(ExtractionConfig config) {
        this.config = config;
    }

    @Override
    public Document extract(RawDocument raw) throws ExtractionException {
        Inputs.check(raw, config);
        Map<String, String> metadata = Inputs.metadata("html");
        String html = Inputs.decode(raw, true, metadata).text();
        String url = Inputs.url(raw);
        org.jsoup.nodes.Document dom = parse(html, url);
        PageMetadata meta = HtmlMetadata.read(dom, url);
        ContentExtractor.Content content = ContentExtractor.extract(dom.body(), config);
        List<String> paragraphs = new ArrayList<>(content.paragraphs());
        dropTitle(paragraphs, meta.title());
        Trailers.Result header = Trailers.header(paragraphs);
        paragraphs.subList(0, header.lines()).clear();
        Trailers.Result trailer = Trailers.trailer(paragraphs);
        paragraphs.subList(paragraphs.size() - trailer.lines(), paragraphs.size()).clear();
        TextBuilder body = new TextBuilder();
        paragraphs.forEach(body::add);
        if (body.isEmpty()) {
            throw new ExtractionException("no article text found in the HTML");
        }
        record(metadata, meta, content.captions());
        List<String> authors = meta.authors();
        if (authors.isEmpty()) {
            authors = new ArrayList<>(header.authors());
            authors.addAll(trailer.authors());
            put(metadata, "authors.source", authors.isEmpty() ? null : "text");
        }
        String outlet = meta.outlet() != null ? meta.outlet() : trailer.outlet();
        return new Document(raw.id(), meta.canonicalUrl(), meta.title(), authors, outlet,
                meta.published() == null ? null : meta.published().date(), body.text(), body.paragraphs(), metadata);
    }

    /** Drops leading paragraphs that repeat the title (the page's h1 usually sits inside the article). */
    private static void dropTitle(List<String> paragraphs, String title) {
        if (title == null) {
            return;
        }
        String t = TextBuilder.normalize(title);
        while (!paragraphs.isEmpty() && TextBuilder.normalize(paragraphs.getFirst()).equals(t)) {
            paragraphs.removeFirst();
        }
    }

    private org.jsoup.nodes.Document parse(String html, String url) {
        Parser parser = Parser.htmlParser().setMaxDepth(config.maxDepth());
        return parser.parseInput(html, url == null ? "" : url);
    }

    private static void record(Map<String, String> metadata, PageMetadata meta, List<String> captions) {
        put(metadata, "title.source", meta.titleSource());
        put(metadata, "authors.source", meta.authorsSource());
        put(metadata, "outlet.source", meta.outletSource());
        put(metadata, "published.source", meta.publishedSource());
        put(metadata, "published.iso", meta.published() == null ? null : meta.published().iso());
        put(metadata, "language.declared", meta.language());
        if (!captions.isEmpty()) {
            metadata.put("captions", String.join("\n", captions));
        }
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
