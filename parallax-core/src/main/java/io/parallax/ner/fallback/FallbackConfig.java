package io.parallax.ner.fallback;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the fallback name finder.
 *
 * @param confidence   the confidence each kind of evidence gives its names, in (0, 1]; the defaults are the
 *                     precision each rule reached on a silver development set (see BENCHMARKS.md)
 * @param bigCity      population from which a city is named by its name alone, without a locative preposition
 * @param nounBigCity  the same where every noun is capitalised (German), and so nouns often match town names
 * @param maxTokens    longest name, in tokens
 * @param minimum      names below this confidence are dropped
 */
public record FallbackConfig(Map<Evidence, Double> confidence, long bigCity, long nounBigCity, int maxTokens,
                             double minimum) {

    /** The defaults. */
    public static final FallbackConfig DEFAULT = new FallbackConfig(defaults(), 100_000, 500_000, 8, 0.0);

    public FallbackConfig {
        Objects.requireNonNull(confidence, "confidence");
        EnumMap<Evidence, Double> copy = new EnumMap<>(Evidence.class);
        for (Evidence e : Evidence.values()) {
            Double c = confidence.get(e);
            if (c == null || !(c > 0 && c <= 1)) {
                throw new IllegalArgumentException("confidence of " + e + " must be in (0, 1], was " + c);
            }
            copy.put(e, c);
        }
        confidence = java.util.Collections.unmodifiableMap(copy);
        if (bigCity < 0 || nounBigCity < 0 || maxTokens < 1 || minimum < 0 || minimum > 1) {
            throw new IllegalArgumentException("bad settings: bigCity=" + bigCity + ", nounBigCity=" + nounBigCity
                    + ", maxTokens=" + maxTokens + ", minimum=" + minimum);
        }
    }

    public double of(Evidence e) {
        return confidence.get(e);
    }

    /** The same settings with one confidence changed. */
    public FallbackConfig with(Evidence e, double value) {
        EnumMap<Evidence, Double> c = new EnumMap<>(confidence);
        c.put(e, value);
        return new FallbackConfig(c, bigCity, nounBigCity, maxTokens, minimum);
    }

    private static Map<Evidence, Double> defaults() {
        EnumMap<Evidence, Double> c = new EnumMap<>(Evidence.class);
        c.put(Evidence.PLACE, 0.85);
        c.put(Evidence.PLACE_MINOR, 0.6);
        c.put(Evidence.TITLE, 0.7);
        c.put(Evidence.GIVEN_NAME, 0.8);
        c.put(Evidence.SURNAME, 0.65);
        c.put(Evidence.ORG_DESIGNATOR, 0.8);
        c.put(Evidence.ORG_HEAD, 0.6);
        c.put(Evidence.LOC_HEAD, 0.5);
        c.put(Evidence.MISC_HEAD, 0.5);
        c.put(Evidence.ACRONYM_DEFINED, 0.75);
        c.put(Evidence.ACRONYM, 0.5);
        c.put(Evidence.QUOTED, 0.5);
        c.put(Evidence.NAMED_AFTER_PLACE, 0.55);
        c.put(Evidence.ORG_FINAL, 0.6);
        c.put(Evidence.CAPITALISED_PERSON, 0.5);
        c.put(Evidence.CAPITALISED, 0.35);
        c.put(Evidence.DOCUMENT, 0.6);
        return c;
    }
}
