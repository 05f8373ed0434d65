package io.parallax.bench.extraction;

import java.nio.file.Path;

/**
 * One benchmark page: its id, original URL, decompressed HTML bytes and the file it came from.
 */
public record BenchPage(String id, String url, byte[] html, Path file) {
}
