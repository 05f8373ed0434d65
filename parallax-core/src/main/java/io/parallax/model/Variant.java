package io.parallax.model;

import java.util.Set;

/**
 * One spelling of an entity's name, with where it was seen.
 *
 * @param name      the surface form
 * @param languages ISO 639-1 codes of the documents it was seen in
 * @param count     how many mentions used this form
 */
public record Variant(String name, Set<String> languages, int count) {

    public Variant {
        languages = Set.copyOf(languages);
    }
}
