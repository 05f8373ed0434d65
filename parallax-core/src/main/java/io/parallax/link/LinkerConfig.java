package io.parallax.link;

/**
 * Settings of the {@link EntityRegistry}.
 *
 * @param minLetters      names with fewer letters and digits stay unlinked ("A" is no name to link on; "G7" is)
 * @param maxNameLength   longer mention texts stay unlinked (NER run-ons, garbage)
 * @param fuzzy           link across languages on keys one edit apart ("Khrushchev" ≈ "Chrusjtjov")
 * @param minFuzzyLetters shorter keys never match fuzzily: one edit is too much for short names
 */
public record LinkerConfig(int minLetters, int maxNameLength, boolean fuzzy, int minFuzzyLetters) {

    public static final LinkerConfig DEFAULT = new LinkerConfig(2, 200, true, 6);

    public LinkerConfig {
        if (minLetters < 1 || maxNameLength < minLetters || minFuzzyLetters < 2) {
            throw new IllegalArgumentException("bad linker config: minLetters=" + minLetters + ", maxNameLength="
                    + maxNameLength + ", minFuzzyLetters=" + minFuzzyLetters);
        }
    }
}
