package io.parallax.link;

import io.parallax.model.Mention;

import java.util.Objects;

/**
 * What the registry decided for one mention.
 *
 * @param mention    the mention
 * @param entity     the entity id it resolves to, or {@code null} when it stays unlinked
 * @param confidence in [0, 1]
 * @param reason     why, in a few words ("exact variant", "transliteration key", "ambiguous: 2 candidates")
 */
public record Resolution(Mention mention, String entity, double confidence, String reason) {

    public Resolution {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean linked() {
        return entity != null;
    }
}
