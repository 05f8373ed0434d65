package io.parallax.link;

import io.parallax.link.gazetteer.GazetteerEntry;
import io.parallax.model.Entity;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Variant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The registry's mutable record of one entity while it is being built. Not thread-safe; owned by the registry. */
final class EntityNode {

    /** How often a form was seen, in which languages and documents. */
    static final class Seen {
        final Set<String> languages = new TreeSet<>();
        final Set<String> documents = new LinkedHashSet<>();
        int count;

        void add(String language, String document) {
            count++;
            languages.add(language);
            documents.add(document);
        }
    }

    final String id;
    EntityType type;
    /** Every type its mentions had: more than one only after a user merge, or for MISC. */
    final Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
    private final Map<EntityType, Integer> typeCounts = new java.util.EnumMap<>(EntityType.class);
    /** Set when one of its names carries an organisation's kind word ("Wagner Group", "Wagnergruppen"). */
    boolean designated;
    GazetteerEntry place;
    final Map<String, Seen> surfaces = new LinkedHashMap<>();
    final Map<String, Seen> names = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> surnameKeys = new LinkedHashSet<>();
    final Set<String> firstKeys = new LinkedHashSet<>();
    String splitName;
    Instant firstSeen;
    Instant lastSeen;

    EntityNode(String id, EntityType type) {
        this.id = id;
        this.type = type;
        this.types.add(type);
    }

    /**
     * Counts a mention's type; the entity's type is the most frequent one other than MISC (the first on ties), so
     * that one recogniser mistake does not retype an entity. Places stay locations; a name with an organisation's
     * kind word makes an organisation.
     */
    void countType(EntityType t) {
        typeCounts.merge(t, 1, Integer::sum);
        if (place != null) {
            type = EntityType.LOC;
            return;
        }
        if (designated) {
            type = EntityType.ORG;
            return;
        }
        EntityType best = type;
        int bestCount = best == EntityType.MISC ? 0 : typeCounts.getOrDefault(best, 0);
        for (Map.Entry<EntityType, Integer> e : typeCounts.entrySet()) {
            if (e.getKey() != EntityType.MISC && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        type = best;
    }

    boolean multiWord() {
        return !surnameKeys.isEmpty();
    }

    Set<String> languages() {
        Set<String> out = new TreeSet<>();
        names.values().forEach(s -> out.addAll(s.languages));
        return out;
    }

    void seen(Instant when) {
        if (when == null) {
            return;
        }
        firstSeen = firstSeen == null || when.isBefore(firstSeen) ? when : firstSeen;
        lastSeen = lastSeen == null || when.isAfter(lastSeen) ? when : lastSeen;
    }

    /** The canonical name: the user's, else the gazetteer's, else the fullest, most English, most used form. */
    String canonical(String renamed) {
        if (renamed != null) {
            return renamed;
        }
        if (place != null) {
            return place.name();
        }
        if (splitName != null) {
            return splitName;
        }
        return names.entrySet().stream().min(Comparator
                        .comparingInt((Map.Entry<String, Seen> e) -> -words(e.getKey()))
                        .thenComparingInt(e -> e.getValue().languages.contains("en") ? 0 : 1)
                        .thenComparingInt(e -> -e.getValue().count)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(id);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    Entity toEntity(String renamed) {
        String name = canonical(renamed);
        List<Variant> variants = new ArrayList<>();
        boolean hasCanonical = false;
        for (Map.Entry<String, Seen> e : surfaces.entrySet()) {
            variants.add(new Variant(e.getKey(), e.getValue().languages, e.getValue().count));
            hasCanonical |= e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
        }
        if (!hasCanonical) {
            variants.add(0, new Variant(name, Set.of(), 0));
        }
        return new Entity(id, name, type, variants, mentions, place == null ? null : place.place(), firstSeen,
                lastSeen);
    }

    /** The documents each surface form was seen in, for exports. */
    Map<String, Set<String>> documentsBySurface() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        surfaces.forEach((k, v) -> out.put(k, Set.copyOf(v.documents)));
        return out;
    }
}
