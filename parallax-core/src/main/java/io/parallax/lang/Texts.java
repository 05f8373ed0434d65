package io.parallax.lang;

import java.util.regex.Pattern;

/** Text clean-up and counting shared by the identifiers. Stateless. */
final class Texts {

    /** URLs, e-mail addresses and bare domains with a path: letters, but no language. */
    // Every repetition is possessive or anchored after a non-matching character, so that matching stays linear on
    // megabyte-long runs without spaces (a backtracking "\\S+@" is quadratic there).
    private static final Pattern NON_LINGUISTIC = Pattern.compile(
            "(?i)\\b(?:[a-z][a-z0-9+.-]*+://|www\\.)\\S*+"
                    + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)++"
                    + "|(?<![\\w.-])(?:[\\w-]++\\.)++(?:com|org|net|edu|gov|io|se|de|uk|ru|fr|info)\\b(?:/\\S*+)?");

    private Texts() {
    }

    /** The text with URLs and e-mail addresses replaced by a space. */
    static String stripNonLinguistic(CharSequence text) {
        return NON_LINGUISTIC.matcher(text).replaceAll(" ");
    }

    /** Number of letter code points (any script) in the text. */
    static int countLetters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (Character.isLetter(c)) {
                n++;
            }
            i += Character.charCount(c);
        }
        return n;
    }
}
