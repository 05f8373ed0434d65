package io.parallax.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP fetcher behaves.
 *
 * @param userAgent             sent with every request and matched against robots.txt groups
 * @param connectTimeout        to open a connection
 * @param requestTimeout        for a whole response, headers and body
 * @param maxBytes              largest body accepted, after decompression
 * @param maxRedirects          redirects followed before giving up
 * @param perHostInterval       least time between two requests to the same host
 * @param allowPrivateAddresses fetch from loopback, private, link-local and other non-public addresses; off by
 *                              default so that a hostile feed or redirect cannot reach internal services
 * @param obeyRobots            honour robots.txt
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBytes,
                          int maxRedirects, Duration perHostInterval, boolean allowPrivateAddresses,
                          boolean obeyRobots) {

    /** Parallax's agent, 10 s to connect, 30 s per response, 20 MiB, 5 redirects, 1 s per host, public only. */
    public static final FetchConfig DEFAULTS = new FetchConfig("ParallaxBot/0.1 (+https://parallax.invalid/bot)",
            Duration.ofSeconds(10), Duration.ofSeconds(30), 20L << 20, 5, Duration.ofSeconds(1), false, true);

    public FetchConfig {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(perHostInterval, "perHostInterval");
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    public FetchConfig withAllowPrivateAddresses(boolean allow) {
        return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, perHostInterval,
                allow, obeyRobots);
    }

    public FetchConfig withPerHostInterval(Duration interval) {
        return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBytes, maxRedirects, interval,
                allowPrivateAddresses, obeyRobots);
    }

    public FetchConfig withMaxBytes(long max) {
        return new FetchConfig(userAgent, connectTimeout, requestTimeout, max, maxRedirects, perHostInterval,
                allowPrivateAddresses, obeyRobots);
    }

    public FetchConfig withRequestTimeout(Duration timeout) {
        return new FetchConfig(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, perHostInterval,
                allowPrivateAddresses, obeyRobots);
    }
}
