package io.parallax.store;

import java.util.Map;

/**
 * Counts of what the store holds.
 *
 * @param documents   stored documents
 * @param languages   documents per language
 * @param journal     journal entries per outcome
 * @param records     records per kind
 * @param sizeOnDisk  bytes used by the index
 */
public record StoreStats(long documents, Map<String, Long> languages, Map<String, Long> journal,
                         Map<String, Long> records, long sizeOnDisk) {
}
