package io.parallax.extract;

import io.parallax.model.RawDocument;

import java.util.HashMap;
import java.util.Map;

/** Checks and decoding shared by the extractors. Stateless. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Refuses input that no extractor can use: too large, empty, compressed or binary.
     *
     * @throws ExtractionException with a one-line reason
     */
    static void check(RawDocument raw, ExtractionConfig config) throws ExtractionException {
        byte[] b = raw.content();
        if (b.length > config.maxBytes()) {
            throw new ExtractionException(String.format("too large: %.1f MB (limit %.1f MB)",
                    b.length / 1048576.0, config.maxBytes() / 1048576.0));
        }
        switch (Sniffer.sniff(b)) {
            case EMPTY -> throw new ExtractionException("empty: no text");
            case GZIP -> throw new ExtractionException("gzip-compressed data; decompress it first");
            case BINARY -> throw new ExtractionException("binary data (" + Sniffer.binaryReason(b)
                    + "), not text or HTML");
            default -> {
            }
        }
    }

    /** Decodes the content and starts the metadata map with how the charset was chosen. */
    static DecodedText decode(RawDocument raw, boolean html, Map<String, String> metadata) {
        DecodedText d = TextDecoder.decode(raw.content(), raw.contentType(), html);
        metadata.put("charset", d.charset());
        metadata.put("charset.source", d.source());
        if (d.warning() != null) {
            metadata.put("charset.warning", d.warning());
        }
        return d;
    }

    static Map<String, String> metadata(String format) {
        Map<String, String> m = new HashMap<>();
        m.put("format", format);
        return m;
    }

    /** The URL of a document that came from the web (its location), or {@code null} for local files. */
    static String url(RawDocument raw) {
        String u = raw.header("url");
        if (u != null) {
            return u;
        }
        String loc = raw.location();
        return loc.startsWith("http://") || loc.startsWith("https://") ? loc : null;
    }
}
