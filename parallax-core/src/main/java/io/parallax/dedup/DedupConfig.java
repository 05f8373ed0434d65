package io.parallax.dedup;

/**
 * Parameters of near-duplicate detection.
 *
 * @param shingle   words per shingle
 * @param bands     LSH bands; {@code bands × rows} MinHash functions
 * @param rows      rows per band
 * @param threshold estimated Jaccard similarity at or above which a document is a near duplicate
 * @param minWords  documents with fewer words are only checked for exact duplicates (too short to compare)
 * @param seed      seed of the MinHash functions; an index must be read back with the same seed
 */
public record DedupConfig(int shingle, int bands, int rows, double threshold, int minWords, long seed) {

    /** 5-word shingles, 20 bands × 6 rows (candidate pairs from about 0.6 Jaccard), threshold 0.8, 30 words. */
    public static final DedupConfig DEFAULTS = new DedupConfig(5, 20, 6, 0.8, 30, 0x5EED_D0C5L);

    public DedupConfig {
        if (shingle < 1 || bands < 1 || rows < 1 || bands * rows > 1024) {
            throw new IllegalArgumentException("need shingle >= 1 and 1 <= bands*rows <= 1024");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
    }

    int hashes() {
        return bands * rows;
    }
}
