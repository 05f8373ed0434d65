package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens the right {@link Source} for each command-line input, for {@code parallax ingest}:
 * <ul>
 *   <li>{@code -}: standard input ({@link FileSource});</li>
 *   <li>a directory, or a {@code .txt}/{@code .html}/{@code .htm}/{@code .html.gz} file: {@link FileSource};</li>
 *   <li>{@code .warc} or {@code .warc.gz}: {@link WarcSource};</li>
 *   <li>{@code .rss}, {@code .atom}, {@code .xml}, or any file whose content is RSS/Atom: {@link FeedSource}
 *       (entries' own content);</li>
 *   <li>{@code .urls}, or {@code .txt} when {@link SourceOptions#urlLists()} is set: {@link UrlListSource};</li>
 *   <li>an {@code http(s)://} URL: fetched once; a feed becomes a {@link FeedSource} whose entry links are
 *       fetched, anything else is one page.</li>
 * </ul>
 * Inputs are read in the order given; all sources share one {@link HttpFetcher} (so one robots.txt cache and one
 * per-host rate limit), created on first use and closed with the returned source.
 */
public final class Sources {

    private Sources() {
    }

    /** A source over all inputs, in order. Not thread-safe; read once, then close. */
    public static Source open(List<String> inputs, SourceOptions options) {
        return new Composite(List.copyOf(inputs), options);
    }

    /** What kind of source an input is, from its name (and, for unknown extensions, its first bytes). */
    enum Kind { FILES, WARC, FEED, URL_LIST, URL }

    static Kind kind(String input, SourceOptions options) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return Kind.URL;
        }
        if (input.equals(FileSource.STDIN) || Files.isDirectory(Path.of(input))) {
            return Kind.FILES;
        }
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (lower.endsWith(".urls") || (lower.endsWith(".txt") && options.urlLists())) {
            return Kind.URL_LIST;
        }
        if (!lower.matches(".*\\.(txt|html?|xhtml)(\\.gz)?$") && sniffFeed(Path.of(input))) {
            return Kind.FEED;
        }
        return Kind.FILES;
    }

    private static boolean sniffFeed(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return FeedSource.looksLikeFeed(in.readNBytes(2048));
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs one source per input, sharing a lazily created fetcher. */
    private static final class Composite implements Source {
        private final List<String> inputs;
        private final SourceOptions options;
        private HttpFetcher fetcher;

        Composite(List<String> inputs, SourceOptions options) {
            this.inputs = inputs;
            this.options = options;
        }

        @Override
        public void read(Consumer<RawDocument> documents, Consumer<Problem> problems) throws IOException {
            List<String> files = new ArrayList<>();
            for (String input : inputs) {
                Kind kind = kind(input, options);
                if (kind == Kind.FILES) {
                    files.add(input);
                    continue;
                }
                flushFiles(files, documents, problems);
                try (Source s = open(input, kind, documents, problems)) {
                    if (s != null) {
                        s.read(documents, problems);
                    }
                }
            }
            flushFiles(files, documents, problems);
        }

        private void flushFiles(List<String> files, Consumer<RawDocument> documents, Consumer<Problem> problems) {
            if (!files.isEmpty()) {
                new FileSource(files, options).read(documents, problems);
                files.clear();
            }
        }

        private Source open(String input, Kind kind, Consumer<RawDocument> documents, Consumer<Problem> problems) {
            return switch (kind) {
                case WARC -> new WarcSource(Path.of(input), options);
                case FEED -> new FeedSource(input, options, fetcher(), false);
                case URL_LIST -> new UrlListSource(listOrEmpty(input, problems), options, fetcher());
                case URL -> url(input, documents, problems);
                case FILES -> throw new IllegalStateException("files are read in groups");
            };
        }

        private List<String> listOrEmpty(String input, Consumer<Problem> problems) {
            try {
                return UrlListSource.readList(Path.of(input));
            } catch (IOException e) {
                problems.accept(new Problem(input, "ingest", "cannot read URL list: " + e.getMessage()));
                return List.of();
            }
        }

        /** Fetches a URL; a feed becomes a feed source, anything else is delivered as one page. */
        private Source url(String url, Consumer<RawDocument> documents, Consumer<Problem> problems) {
            if (options.skip().test(url)) {
                return null;
            }
            try {
                HttpFetcher.Fetched f = fetcher().fetch(url);
                if (f.notModified()) {
                    return null;
                }
                byte[] body = Bytes.checked(f.body(), options.maxBytes());
                if (FeedSource.looksLikeFeed(body)) {
                    return new FeedSource(url, body, options, fetcher(), true);
                }
                Map<String, String> headers = new HashMap<>(f.headers());
                headers.put("url", f.url());
                documents.accept(new RawDocument(url, f.url(), body, f.contentType(), headers, Instant.now()));
            } catch (ReadException e) {
                problems.accept(new Problem(url, "ingest", e.getMessage()));
            }
            return null;
        }

        private HttpFetcher fetcher() {
            if (fetcher == null) {
                fetcher = new HttpFetcher(options.fetch());
            }
            return fetcher;
        }

        @Override
        public void close() {
            if (fetcher != null) {
                fetcher.close();
            }
        }
    }
}
