package io.parallax.dedup;

import java.util.Objects;

/**
 * What {@link DuplicateIndex#check} found for a document.
 *
 * @param kind       new, exact duplicate or near duplicate
 * @param of         the id of the earlier document it duplicates, or {@code null} when new
 * @param similarity estimated Jaccard similarity of the word shingles with {@code of} (1 for exact duplicates,
 *                   0 when new)
 * @param reason     how it was found: {@code url}, {@code content-hash} or {@code minhash}; {@code null} when new
 */
public record Verdict(Kind kind, String of, double similarity, String reason) {

    /** The three outcomes. */
    public enum Kind { NEW, DUPLICATE, NEAR_DUPLICATE }

    public static final Verdict NEW = new Verdict(Kind.NEW, null, 0, null);

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.NEW) {
            Objects.requireNonNull(of, "of");
        }
    }

    public boolean isNew() {
        return kind == Kind.NEW;
    }
}
