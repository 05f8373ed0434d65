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

    /**
     * Reads a pack's claim words: {@code negations.txt}, {@code hedges.txt}, and {@code numbers.txt} /
     * {@code fractions.txt} with lines {@code word<TAB>value}. Missing files leave that part empty.
     */
    public static ClaimLexicon load(io.parallax.pack.PackResources pack) {
        return new ClaimLexicon(Set.copyOf(pack.lines("negations.txt")), values(pack, "numbers.txt"),
                values(pack, "fractions.txt"), Set.copyOf(pack.lines("hedges.txt")));
    }

    private static Map<String, Double> values(io.parallax.pack.PackResources pack, String file) {
        Map<String, Double> out = new java.util.HashMap<>();
        for (String line : pack.lines(file)) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(pack.path(file) + ": expected 'word<TAB>value': " + line);
            }
            out.put(parts[0], Double.parseDouble(parts[1]));
        }
        return out;
    }

    public ClaimLexicon {
        negations = Set.copyOf(negations);
        numberWords = Map.copyOf(numberWords);
        fractions = Map.copyOf(fractions);
        hedges = Set.copyOf(hedges);
    }
}
