package io.parallax.model;

import java.util.Objects;

/**
 * A name as it appears in a document, with its recognised type. Linking to a canonical {@link Entity} happens
 * later, at corpus level.
 *
 * @param text       the surface form, equal to the document text under the provenance span
 * @param type       the recognised type
 * @param provenance document, span and the recogniser's confidence
 * @param sentence   index of the sentence that holds the mention
 */
public record Mention(String text, EntityType type, Provenance provenance, int sentence) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
    }

    public String document() {
        return provenance.document();
    }

    public int start() {
        return provenance.start();
    }

    public int end() {
        return provenance.end();
    }
}
