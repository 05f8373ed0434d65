package io.parallax.extract;

/**
 * Limits and switches for extraction.
 *
 * @param maxBytes     inputs larger than this are refused with a problem (a page over it is almost surely not an
 *                     article, and parsing it would cost seconds and hundreds of MB)
 * @param maxDepth     HTML elements nested deeper than this are flattened into their ancestor at this depth
 * @param minParagraph shortest run of text, in characters, that counts as a body paragraph on its own when it is
 *                     not inside a paragraph-like element
 */
public record ExtractionConfig(int maxBytes, int maxDepth, int minParagraph) {

    /** 20 MiB, depth 256, 25 characters. */
    public static final ExtractionConfig DEFAULTS = new ExtractionConfig(20 << 20, 256, 25);

    public ExtractionConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxDepth < 16) {
            throw new IllegalArgumentException("maxDepth must be at least 16: " + maxDepth);
        }
        if (minParagraph < 0) {
            throw new IllegalArgumentException("minParagraph must not be negative: " + minParagraph);
        }
    }
}
