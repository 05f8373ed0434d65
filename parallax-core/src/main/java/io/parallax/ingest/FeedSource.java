package io.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import org.jsoup.nodes.Entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an RSS or Atom feed (Rome), from a file or a URL, and delivers one document per entry, in feed order.
 * With {@code fetchLinks} each entry's link is fetched with {@link HttpFetcher}; otherwise the entry's own content
 * (or summary) becomes a small HTML page carrying its title, authors and date as {@code <meta>} tags, and the link
 * is fetched only when the entry has no text.
 *
 * <p><b>Security.</b> Rome's parser refuses DOCTYPE declarations, so external entities (XXE) and entity expansion
 * (billion laughs) never run; such a feed is reported as a problem.
 *
 * <p><b>Ids.</b> An entry's id is its link, or its URI/GUID when it has no link; entries whose id
 * {@link SourceOptions#skip() skip} accepts are not delivered. Not thread-safe; read once.
 */
public final class FeedSource implements Source {

    private final String input;
    private final byte[] preloaded;
    private final SourceOptions options;
    private final HttpFetcher fetcher;
    private final boolean fetchLinks;

    /**
     * @param input      a feed file path or an http(s) URL
     * @param fetcher    used for a URL feed and for entry links; the caller closes it
     * @param fetchLinks fetch every entry's linked page instead of using the entry's content
     */
    public FeedSource(String input, SourceOptions options, HttpFetcher fetcher, boolean fetchLinks) {
        this(input, null, options, fetcher, fetchLinks);
    }

    /** A feed whose bytes were already fetched (for example while sniffing what a URL serves). */
    FeedSource(String input, byte[] preloaded, SourceOptions options, HttpFetcher fetcher, boolean fetchLinks) {
        this.input = input;
        this.preloaded = preloaded;
        this.options = options;
        this.fetcher = fetcher;
        this.fetchLinks = fetchLinks;
    }

    @Override
    public void read(Consumer<RawDocument> documents, Consumer<Problem> problems) {
        SyndFeed feed;
        try {
            feed = parse(load());
        } catch (ReadException e) {
            problems.accept(new Problem(input, "ingest", e.getMessage()));
            return;
        }
        for (SyndEntry entry : feed.getEntries()) {
            entry(feed, entry, documents, problems);
        }
    }

    private void entry(SyndFeed feed, SyndEntry entry, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        String link = entry.getLink();
        String id = link != null && !link.isBlank() ? link.strip() : entry.getUri();
        if (id == null || id.isBlank()) {
            problems.accept(new Problem(input, "ingest", "feed entry without link or id: "
                    + (entry.getTitle() == null ? "(untitled)" : entry.getTitle())));
            return;
        }
        if (options.skip().test(id)) {
            return;
        }
        String content = content(entry);
        if ((fetchLinks || content.isBlank()) && link != null && !link.isBlank()) {
            UrlListSource.fetchOne(id, fetcher, options, documents, problems);
            return;
        }
        if (content.isBlank()) {
            problems.accept(new Problem(id, "ingest", "feed entry has no content and no link"));
            return;
        }
        byte[] html = page(feed, entry, content).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        headers.put("feed", input);
        if (link != null) {
            headers.put("url", link.strip());
        }
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        documents.accept(new RawDocument(id, input + "#" + id, html, "text/html; charset=utf-8", headers,
                published == null ? Instant.now() : published.toInstant()));
    }

    private byte[] load() throws ReadException {
        if (preloaded != null) {
            return preloaded;
        }
        if (input.startsWith("http://") || input.startsWith("https://")) {
            HttpFetcher.Fetched f = fetcher.fetch(input);
            return f.body();
        }
        try {
            Path p = Path.of(input);
            if (Files.size(p) > options.maxBytes()) {
                throw new ReadException("feed too large: " + Bytes.mb(Files.size(p)));
            }
            return Bytes.checked(Files.readAllBytes(p), options.maxBytes());
        } catch (NoSuchFileException e) {
            throw new ReadException("no such file or directory");
        } catch (IOException e) {
            throw new ReadException("cannot read feed: " + e.getMessage());
        }
    }

    /** Whether bytes look like RSS, RDF or Atom (the root element within the first 2 KB). */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }

    static SyndFeed parse(byte[] bytes) throws ReadException {
        SyndFeedInput in = new SyndFeedInput();
        in.setAllowDoctypes(false);
        try {
            return in.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ReadException("not a readable RSS/Atom feed: " + m.lines().findFirst().orElse(m));
        }
    }

    private static String content(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        List<SyndContent> contents = entry.getContents();
        for (SyndContent c : contents) {
            if (c.getValue() != null) {
                sb.append(c.getValue());
            }
        }
        if (sb.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            sb.append(entry.getDescription().getValue());
        }
        return sb.toString();
    }

    /** A minimal page so that the HTML extractor finds title, authors, date and outlet as on a real page. */
    private static String page(SyndFeed feed, SyndEntry entry, String content) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        if (entry.getTitle() != null) {
            h.append("<title>").append(Entities.escape(entry.getTitle())).append("</title>");
            h.append("<meta property=\"og:title\" content=\"").append(Entities.escape(entry.getTitle())).append("\">");
        }
        if (feed.getTitle() != null) {
            h.append("<meta property=\"og:site_name\" content=\"").append(Entities.escape(feed.getTitle()))
                    .append("\">");
        }
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            h.append("<meta name=\"author\" content=\"").append(Entities.escape(entry.getAuthor())).append("\">");
        }
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (d != null) {
            h.append("<meta property=\"article:published_time\" content=\"")
                    .append(d.toInstant().atOffset(ZoneOffset.UTC)).append("\">");
        }
        if (entry.getLink() != null) {
            h.append("<link rel=\"canonical\" href=\"").append(Entities.escape(entry.getLink().strip())).append("\">");
        }
        boolean markup = content.contains("<");
        h.append("</head><body><article>").append(markup ? content : "<p>" + Entities.escape(content) + "</p>")
                .append("</article></body></html>");
        return h.toString();
    }
}
