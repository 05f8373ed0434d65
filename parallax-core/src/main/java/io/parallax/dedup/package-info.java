/**
 * Duplicate detection across a corpus: {@link io.parallax.dedup.DuplicateIndex} finds exact duplicates (canonical
 * URL, content hash) and near duplicates (MinHash over word shingles). Corpus state, single writer.
 */
package io.parallax.dedup;
