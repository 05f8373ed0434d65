package io.parallax.claim;

import java.util.Map;
import java.util.Set;

/**
 * The words one language uses for negation, numbers and hedging, which claim comparison needs.
 *
 * @param negations   negation words, lower case ("not", "never", "inte", "aldrig")
 * @param numberWords number words with their values ("two" = 2, "hundreds" = 100, "fyra" = 4)
 * @param fractions   fraction words with their values ("half" = 0.5, "femtedelar" = 0.2)
 * @param hedges      words that weaken a claim ("apparently", "förmodligen")
 */
public record ClaimLexicon(Set<String> negations, Map<String, Double> numberWords, Map<String, Double> fractions,
                           Set<String> hedges) {

    public static final ClaimLexicon NONE = new ClaimLexicon(Set.of(), Map.of(), Map.of(), Set.of());

    public ClaimLexicon {
        negations = Set.copyOf(negations);
        numberWords = Map.copyOf(numberWords);
        fractions = Map.copyOf(fractions);
        hedges = Set.copyOf(hedges);
    }
}
