package io.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation, place or other named thing, with every spelling seen across languages.
 *
 * @param id        stable identifier
 * @param name      canonical name
 * @param type      entity type
 * @param variants  every surface form seen, canonical included
 * @param mentions  the mentions resolved to this entity, each with provenance
 * @param place     map position for locations, or {@code null}
 * @param firstSeen when the first mention was ingested, or {@code null}
 * @param lastSeen  when the latest mention was ingested, or {@code null}
 */
public record Entity(String id, String name, EntityType type, List<Variant> variants, List<Mention> mentions,
                     Place place, Instant firstSeen, Instant lastSeen) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
    }

    public List<String> variantNames() {
        return variants.stream().map(Variant::name).toList();
    }
}
