package io.parallax.ingest;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Options shared by all sources.
 *
 * @param maxBytes largest document accepted, after decompression; larger ones become a problem (this is also
 *                 the gzip-bomb guard)
 * @param skip     ids of documents already done; a source does not read, fetch or deliver them. The ingest
 *                 journal passes its set of committed ids here to resume an interrupted run.
 * @param fetch    how URLs (URL lists, feed links, feed URLs) are fetched
 * @param urlLists read {@code .txt} inputs as lists of URLs, one per line, instead of as articles
 *                 ({@code .urls} files always are)
 */
public record SourceOptions(long maxBytes, Predicate<String> skip, FetchConfig fetch, boolean urlLists) {

    /** 20 MiB, skip nothing, default fetching (public addresses only), {@code .txt} files are articles. */
    public static final SourceOptions DEFAULTS = new SourceOptions(20L << 20, id -> false, FetchConfig.DEFAULTS,
            false);

    public SourceOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(skip, "skip");
        Objects.requireNonNull(fetch, "fetch");
    }

    public SourceOptions withSkip(Predicate<String> newSkip) {
        return new SourceOptions(maxBytes, newSkip, fetch, urlLists);
    }

    public SourceOptions withMaxBytes(long newMaxBytes) {
        return new SourceOptions(newMaxBytes, skip, fetch.withMaxBytes(newMaxBytes), urlLists);
    }

    public SourceOptions withFetch(FetchConfig newFetch) {
        return new SourceOptions(maxBytes, skip, newFetch, urlLists);
    }

    public SourceOptions withUrlLists(boolean newUrlLists) {
        return new SourceOptions(maxBytes, skip, fetch, newUrlLists);
    }
}
