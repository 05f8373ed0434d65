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
 */
public record SourceOptions(long maxBytes, Predicate<String> skip) {

    /** 20 MiB, skip nothing. */
    public static final SourceOptions DEFAULTS = new SourceOptions(20L << 20, id -> false);

    public SourceOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(skip, "skip");
    }

    public SourceOptions withSkip(Predicate<String> newSkip) {
        return new SourceOptions(maxBytes, newSkip);
    }

    public SourceOptions withMaxBytes(long newMaxBytes) {
        return new SourceOptions(newMaxBytes, skip);
    }
}
