package io.parallax.model;

/** The CoNLL entity types: people, organisations, locations and everything else with a name. */
public enum EntityType {
    PER, ORG, LOC, MISC;

    /** Parses a tag type leniently: {@code PER}, {@code PERSON}, {@code person}, {@code GPE}, … */
    public static EntityType parse(String tag) {
        String t = tag.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "PER", "PERSON", "PRS" -> PER;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> ORG;
            case "LOC", "LOCATION", "GPE", "PLACE" -> LOC;
            case "MISC", "MIS", "OTHER" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity type: " + tag);
        };
    }
}
