package io.parallax.ner;

import java.util.regex.Pattern;

/**
 * How a language writes a name as the first part of a compound word: Swedish (like German, Dutch, Danish and
 * Norwegian) joins a name to a common noun with a hyphen, "Netflix-serie", "Nato-basen", "EU-medlemskap". The
 * compound is one word, and news corpora label it O, so a recogniser trained on them does not find the name in it
 * ({@link MentionFinder} reads such words a second time as the name alone). Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface CompoundNames {

    /** For languages that do not form such compounds. */
    CompoundNames NONE = token -> 0;

    /**
     * A capitalised first part (letters and digits, at least two characters), one hyphen and a lower-case
     * remainder of at least two letters: {@code Netflix-serie} gives "Netflix". Not words of capitals joined by
     * hyphens ({@code Rostov-on-Don} has more than one hyphen; {@code Jean-Pierre} a capitalised second part).
     */
    CompoundNames HYPHENATED = new CompoundNames() {
        private final Pattern compound = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}]+)-\\p{Ll}{2,}");

        @Override
        public int nameLength(String token) {
            var m = compound.matcher(token);
            return m.matches() ? m.end(1) : 0;
        }
    };

    /** The length in characters of the name that begins {@code token}, or 0 when the token is no such compound. */
    int nameLength(String token);
}
