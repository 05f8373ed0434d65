package io.parallax.ner.train;

import io.parallax.ner.CaseLexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts, from unlabelled sentences, how often each word is capitalised away from the start of a sentence, and
 * makes a {@link CaseLexicon}. Not thread-safe.
 */
public final class CaseCounter {

    private static final Set<String> OPENERS = Set.of(".", "!", "?", ":", ";", "\"", "'", "``", "(", "-", "--",
            "\u2013", "\u2014", "\u201C", "\u201D", "\u00AB", "\u00BB");

    private final int minCount;
    private final Map<String, int[]> counts = new HashMap<>();

    /** @param minCount words seen fewer times (in countable positions) are left out */
    public CaseCounter(int minCount) {
        this.minCount = minCount;
    }

    /** Counts the words of one sentence, skipping the first word and words after sentence-like punctuation. */
    public void add(String[] tokens) {
        boolean allCaps = headline(tokens);
        for (int i = 1; i < tokens.length && !allCaps; i++) {
            String t = tokens[i];
            if (t.isEmpty() || !Character.isLetter(t.charAt(0)) || OPENERS.contains(tokens[i - 1])) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new int[2]);
            c[0] += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
            c[1]++;
        }
    }

    /** Headlines in capitals say nothing about case. */
    private static boolean headline(String[] tokens) {
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                if (Character.isLowerCase(t.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    public CaseLexicon lexicon() {
        Map<String, Byte> out = new HashMap<>();
        counts.forEach((w, c) -> {
            if (c[1] >= minCount) {
                out.put(w, CaseLexicon.bucket(c[0], c[1]));
            }
        });
        return new CaseLexicon(out);
    }
}
