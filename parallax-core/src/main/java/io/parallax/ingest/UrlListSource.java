package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fetches the URLs of a list file (one per line; blank lines and lines starting with {@code #} ignored) or of a
 * list given in code, in order, with {@link HttpFetcher}. A document's id is its URL as listed; its location is
 * the URL after redirects. A 304 (not modified since the last run) is skipped silently.
 *
 * <p>Not thread-safe; read once. Closes its fetcher only if it created it.
 */
public final class UrlListSource implements Source {

    private final Path listFile;
    private final List<String> urls;
    private final SourceOptions options;
    private final HttpFetcher fetcher;
    private final boolean ownsFetcher;

    /** Reads URLs from a list file. */
    public UrlListSource(Path listFile, SourceOptions options) {
        this(listFile, null, options, new HttpFetcher(options.fetch()), true);
    }

    /** Fetches the given URLs with a shared fetcher (which the caller closes). */
    public UrlListSource(List<String> urls, SourceOptions options, HttpFetcher fetcher) {
        this(null, List.copyOf(urls), options, fetcher, false);
    }

    private UrlListSource(Path listFile, List<String> urls, SourceOptions options, HttpFetcher fetcher,
                          boolean ownsFetcher) {
        this.listFile = listFile;
        this.urls = urls;
        this.options = options;
        this.fetcher = fetcher;
        this.ownsFetcher = ownsFetcher;
    }

    @Override
    public void read(Consumer<RawDocument> documents, Consumer<Problem> problems) throws IOException {
        for (String url : urls != null ? urls : readList(listFile)) {
            if (!options.skip().test(url)) {
                fetchOne(url, fetcher, options, documents, problems);
            }
        }
    }

    /** Fetches one URL into a document, or reports why it could not. Shared with {@link FeedSource}. */
    static void fetchOne(String url, HttpFetcher fetcher, SourceOptions options, Consumer<RawDocument> documents,
                         Consumer<Problem> problems) {
        try {
            HttpFetcher.Fetched f = fetcher.fetch(url);
            if (f.notModified()) {
                return;
            }
            byte[] body = Bytes.checked(f.body(), options.maxBytes());
            Map<String, String> headers = new java.util.HashMap<>(f.headers());
            headers.put("url", f.url());
            documents.accept(new RawDocument(url, f.url(), body, f.contentType(), headers, Instant.now()));
        } catch (ReadException e) {
            problems.accept(new Problem(url, "ingest", e.getMessage()));
        }
    }

    static List<String> readList(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (ownsFetcher) {
            fetcher.close();
        }
    }
}
