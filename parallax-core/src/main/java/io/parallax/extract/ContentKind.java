package io.parallax.extract;

/** What a byte sequence looks like, as decided by {@link Sniffer}. */
public enum ContentKind {
    /** Markup: a document type, an {@code <html>} element or enough HTML tags near the start. */
    HTML,
    /** Text without markup. */
    TEXT,
    /** Gzip-compressed data (magic bytes {@code 1f 8b}). */
    GZIP,
    /** Anything else: images, PDFs, archives, executables, random bytes. */
    BINARY,
    /** No bytes, or only white space. */
    EMPTY
}
