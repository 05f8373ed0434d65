package io.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A polite HTTP client for acquisition: robots.txt honoured (cached per host), at most one request per host per
 * {@link FetchConfig#perHostInterval()}, connect and response timeouts, a size cap on bodies (after
 * decompression), redirects followed by hand up to a limit with the address check repeated on every hop, and
 * conditional GET ({@code If-None-Match}/{@code If-Modified-Since}) from the validators of earlier fetches.
 * Non-public addresses are refused unless {@link FetchConfig#allowPrivateAddresses()} (see {@link AddressGuard}).
 *
 * <p>Thread-safe. Close it to release the connection pool.
 */
public final class HttpFetcher implements AutoCloseable {

    /** What a fetch produced. {@code notModified} is true (and the body empty) after a 304. */
    public record Fetched(String url, int status, byte[] body, String contentType, Map<String, String> headers,
                          boolean notModified) {
    }

    /** The validators of an earlier response, for conditional GET. */
    public record Validators(String etag, String lastModified) {
    }

    private final FetchConfig config;
    private final HttpClient client;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();
    private final Map<String, Validators> validators;
    private final Predicate<InetAddress> exempt;

    public HttpFetcher(FetchConfig config) {
        this(config, new ConcurrentHashMap<>());
    }

    /**
     * @param validators validators by URL, read before and updated after each fetch; pass a persistent map to keep
     *                   conditional GET working across runs
     */
    public HttpFetcher(FetchConfig config, Map<String, Validators> validators) {
        this(config, validators, a -> false);
    }

    /** With addresses allowed although not public, so tests can serve from one loopback address only. */
    HttpFetcher(FetchConfig config, Map<String, Validators> validators, Predicate<InetAddress> exempt) {
        this.config = config;
        this.validators = validators;
        this.exempt = exempt;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Fetches a URL.
     *
     * @throws ReadException with a one-line reason: refused address, robots.txt, timeout, too large, too many
     *                       redirects, HTTP error status, network failure
     */
    public Fetched fetch(String url) throws ReadException {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            AddressGuard.check(uri, config.allowPrivateAddresses(), exempt);
            if (config.obeyRobots() && !robotsFor(uri).allows(pathAndQuery(uri))) {
                throw new ReadException("disallowed by robots.txt: " + uri);
            }
            HttpResponse<InputStream> response = send(uri, true);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                if (hop >= config.maxRedirects()) {
                    throw new ReadException("too many redirects (more than " + config.maxRedirects() + ")");
                }
                uri = redirectTarget(uri, response);
                continue;
            }
            return finish(uri, response);
        }
    }

    private Fetched finish(URI uri, HttpResponse<InputStream> response) throws ReadException {
        int status = response.statusCode();
        Map<String, String> headers = headers(response);
        if (status == 304) {
            close(response);
            return new Fetched(uri.toString(), status, new byte[0], headers.get("content-type"), headers, true);
        }
        if (status >= 400) {
            close(response);
            throw new ReadException("HTTP " + status + " from " + uri);
        }
        byte[] body = body(response, headers);
        remember(uri, headers);
        return new Fetched(uri.toString(), status, body, headers.get("content-type"), headers, false);
    }

    private HttpResponse<InputStream> send(URI uri, boolean conditional) throws ReadException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        Validators v = conditional ? validators.get(uri.toString()) : null;
        if (v != null && v.etag() != null) {
            rb.header("If-None-Match", v.etag());
        }
        if (v != null && v.lastModified() != null) {
            rb.header("If-Modified-Since", v.lastModified());
        }
        waitForTurn(uri.getHost());
        try {
            return client.send(rb.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new ReadException("timed out after " + config.requestTimeout().toMillis() + " ms: " + uri);
        } catch (IOException e) {
            throw new ReadException("cannot fetch " + uri + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted while fetching " + uri);
        }
    }

    /** Blocks until the host's interval since its last request has passed, then claims the slot. */
    private void waitForTurn(String host) throws ReadException {
        Object lock = hostLocks.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Object());
        synchronized (lock) {
            long interval = config.perHostInterval().toNanos();
            Long last = lastRequest.get(host);
            long now = System.nanoTime();
            if (last != null && now - last < interval) {
                try {
                    long wait = interval - (now - last);
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ReadException("interrupted while waiting for " + host);
                }
            }
            lastRequest.put(host, System.nanoTime());
        }
    }

    private byte[] body(HttpResponse<InputStream> response, Map<String, String> headers) throws ReadException {
        String length = headers.get("content-length");
        try (InputStream raw = response.body()) {
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBytes()) {
                throw new ReadException("too large: " + Bytes.mb(Long.parseLong(length)) + " (limit "
                        + Bytes.mb(config.maxBytes()) + ")");
            }
            boolean gzip = "gzip".equalsIgnoreCase(headers.getOrDefault("content-encoding", "").strip());
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            return Bytes.readBounded(in, config.maxBytes(), gzip ? "decompressed response (possible gzip bomb)"
                    : "response body");
        } catch (IOException e) {
            throw new ReadException("cannot read response body: " + e.getMessage());
        }
    }

    private Robots robotsFor(URI uri) {
        String key = uri.getScheme() + "://" + uri.getRawAuthority();
        return robots.computeIfAbsent(key, k -> loadRobots(URI.create(k + "/robots.txt")));
    }

    private Robots loadRobots(URI robotsUri) {
        URI uri = robotsUri;
        try {
            for (int hop = 0; hop <= config.maxRedirects(); hop++) {
                AddressGuard.check(uri, config.allowPrivateAddresses(), exempt);
                HttpResponse<InputStream> r = send(uri, false);
                int status = r.statusCode();
                if (status >= 300 && status < 400) {
                    close(r);
                    uri = redirectTarget(uri, r);
                    continue;
                }
                if (status >= 500) {
                    close(r);
                    return Robots.DENY_ALL;
                }
                if (status >= 400) {
                    close(r);
                    return Robots.ALLOW_ALL;
                }
                byte[] b = body(r, headers(r));
                return Robots.parse(new String(b, StandardCharsets.UTF_8), config.userAgent());
            }
            return Robots.ALLOW_ALL;
        } catch (ReadException e) {
            // Unreachable robots.txt: RFC 9309 says assume a full disallow, and the page fetch reports why.
            return Robots.DENY_ALL;
        }
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws ReadException {
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new ReadException("redirect without a Location from " + from);
        }
        try {
            return from.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            throw new ReadException("bad redirect Location '" + location + "' from " + from);
        }
    }

    private void remember(URI uri, Map<String, String> headers) {
        String etag = headers.get("etag");
        String modified = headers.get("last-modified");
        if (etag != null || modified != null) {
            validators.put(uri.toString(), new Validators(etag, modified));
        }
    }

    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : response.headers().map().entrySet()) {
            if (!e.getValue().isEmpty() && e.getKey() != null) {
                out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().getFirst());
            }
        }
        return out;
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // the connection is discarded either way
        }
    }

    static URI parse(String url) throws ReadException {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                throw new ReadException("not an absolute http(s) URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ReadException("malformed URL: " + url);
        }
    }

    private static String pathAndQuery(URI uri) {
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
    }

    @Override
    public void close() {
        client.close();
    }
}
