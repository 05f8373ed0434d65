package io.parallax.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Bytes as a source delivered them, before any extraction.
 *
 * @param id          stable identifier: the file name for files, the URL or record id otherwise
 * @param location    where it came from (path, URL or archive position), for provenance and error messages
 * @param content     the raw bytes; not copied, so callers must not mutate the array after construction
 * @param contentType MIME type if known ({@code text/html}, {@code text/plain}), else {@code null}
 * @param headers     transport metadata (HTTP headers, WARC fields), lower-cased keys
 * @param fetched     when the bytes were read or fetched
 */
public record RawDocument(String id, String location, byte[] content, String contentType,
                          Map<String, String> headers, Instant fetched) {

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        fetched = fetched == null ? Instant.now() : fetched;
    }

    public static RawDocument of(String id, String location, byte[] content, String contentType) {
        return new RawDocument(id, location, content, contentType, Map.of(), Instant.now());
    }

    /** A header value by lower-case name, or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }
}
