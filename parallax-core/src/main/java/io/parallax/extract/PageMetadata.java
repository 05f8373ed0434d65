package io.parallax.extract;

import java.util.List;

/**
 * Bibliographic fields read from a page's markup, each with where it came from (for example {@code og:title},
 * {@code json-ld}, {@code h1}, {@code meta}, {@code url}).
 */
record PageMetadata(String title, String titleSource, List<String> authors, String authorsSource,
                    Dates.Parsed published, String publishedSource, String outlet, String outletSource,
                    String canonicalUrl, String language) {
}
