/**
 * Extraction: raw bytes to a {@link io.parallax.model.Document}. {@link io.parallax.extract.Extractors#standard()}
 * chooses {@link io.parallax.extract.HtmlExtractor} or {@link io.parallax.extract.PlainTextExtractor} per document.
 * Both decode with {@link io.parallax.extract.TextDecoder} (BOM, declared charset, meta, UTF-8, detection) and record
 * how each field was found in {@code Document.metadata} ({@code title.source}, {@code published.source},
 * {@code charset.warning} …). Image captions are in {@code metadata["captions"]}, one per line.
 */
package io.parallax.extract;
