package io.parallax.ner.fallback;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the fallback name finder.
 *
 * @param confidence   the confidence each kind of evidence gives its names, in (0, 1]; the defaults are the
 *                     precision each rule reached on a silver development set (see BENCHMARKS.md)
 * @param priority     how strongly each kind of evidence claims its words where names overlap, in (0, 1]: more
 *                     specific rules claim more ("Hafen Göteborg" is an organisation, not the place inside it)
 * @param bigCity      population from which a city is named by its name alone, without a locative preposition
 * @param nounBigCity  the same where every noun is capitalised (German), and so nouns often match town names
 * @param maxTokens    longest name, in tokens
 * @param minimum      names below this confidence are dropped
 */
public record FallbackConfig(Map<Evidence, Double> confidence, Map<Evidence, Double> priority, long bigCity,
                             long nounBigCity, int maxTokens, double minimum) {

    /** The defaults. */
    public static final FallbackConfig DEFAULT = new FallbackConfig(defaults(), priorities(), 100_000, 500_000, 8,
            0.0);

    public FallbackConfig {
        confidence = complete(confidence, "confidence");
        priority = complete(priority, "priority");
        if (bigCity < 0 || nounBigCity < 0 || maxTokens < 1 || minimum < 0 || minimum > 1) {
            throw new IllegalArgumentException("bad settings: bigCity=" + bigCity + ", nounBigCity=" + nounBigCity
                    + ", maxTokens=" + maxTokens + ", minimum=" + minimum);
        }
    }

    /** The confidence of names with this evidence. */
    public double of(Evidence e) {
        return confidence.get(e);
    }

    /** The priority of names with this evidence. */
    public double priority(Evidence e) {
        return priority.get(e);
    }

    /** The same settings with one confidence changed. */
    public FallbackConfig with(Evidence e, double value) {
        EnumMap<Evidence, Double> c = new EnumMap<>(confidence);
        c.put(e, value);
        return new FallbackConfig(c, priority, bigCity, nounBigCity, maxTokens, minimum);
    }

    /** A value in (0, 1] for every kind of evidence, or an exception naming the one missing or out of range. */
    private static Map<Evidence, Double> complete(Map<Evidence, Double> values, String what) {
        Objects.requireNonNull(values, what);
        EnumMap<Evidence, Double> copy = new EnumMap<>(Evidence.class);
        for (Evidence e : Evidence.values()) {
            Double c = values.get(e);
            if (c == null || !(c > 0 && c <= 1)) {
                throw new IllegalArgumentException(what + " of " + e + " must be in (0, 1], was " + c);
            }
            copy.put(e, c);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Which rule claims overlapping words: organisation and place heads over the places inside them, people over
     * the places their names contain, known and document-wide names over bare capitals.
     */
    private static Map<Evidence, Double> priorities() {
        EnumMap<Evidence, Double> c = new EnumMap<>(Evidence.class);
        c.put(Evidence.PLACE, 0.85);
        c.put(Evidence.PLACE_MINOR, 0.6);
        c.put(Evidence.TITLE, 0.7);
        c.put(Evidence.GIVEN_NAME, 0.8);
        c.put(Evidence.DOTTED_NAME, 0.8);
        c.put(Evidence.SURNAME, 0.65);
        c.put(Evidence.ORG_DESIGNATOR, 0.8);
        c.put(Evidence.ORG_HEAD, 0.6);
        c.put(Evidence.LOC_HEAD, 0.5);
        c.put(Evidence.MISC_HEAD, 0.5);
        c.put(Evidence.ACRONYM_DEFINED, 0.75);
        c.put(Evidence.ACRONYM, 0.5);
        c.put(Evidence.QUOTED, 0.5);
        c.put(Evidence.ORG_FINAL, 0.6);
        c.put(Evidence.KNOWN_NAME, 0.7);
        c.put(Evidence.CAPITALISED_PERSON, 0.5);
        c.put(Evidence.CAPITALISED, 0.35);
        c.put(Evidence.DOCUMENT, 0.6);
        return c;
    }

    /**
     * The precision of each rule's names on the development half of the silver NTREX evaluation (German, French
     * and Spanish pooled; {@code parallax eval ner-fallback --part dev}), smoothed toward a prior with five
     * pseudo-counts. Rules that rarely fire (designators, place heads) keep their prior.
     */
    private static Map<Evidence, Double> defaults() {
        EnumMap<Evidence, Double> c = new EnumMap<>(Evidence.class);
        c.put(Evidence.PLACE, 0.73);
        c.put(Evidence.PLACE_MINOR, 0.61);
        c.put(Evidence.TITLE, 0.84);
        c.put(Evidence.GIVEN_NAME, 0.93);
        c.put(Evidence.DOTTED_NAME, 0.8);   // read, not silver: 77 of 96 exact spans in NTREX Chinese, untuned
        c.put(Evidence.SURNAME, 0.78);
        c.put(Evidence.ORG_DESIGNATOR, 0.8);
        c.put(Evidence.ORG_HEAD, 0.35);
        c.put(Evidence.LOC_HEAD, 0.5);
        c.put(Evidence.MISC_HEAD, 0.31);
        c.put(Evidence.ACRONYM_DEFINED, 0.68);
        c.put(Evidence.ACRONYM, 0.72);
        c.put(Evidence.QUOTED, 0.16);
        c.put(Evidence.ORG_FINAL, 0.51);
        c.put(Evidence.KNOWN_NAME, 0.81);
        c.put(Evidence.CAPITALISED_PERSON, 0.86);
        c.put(Evidence.CAPITALISED, 0.12);
        c.put(Evidence.DOCUMENT, 0.72);
        return c;
    }
}
