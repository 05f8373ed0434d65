package io.parallax.model;

/**
 * A language identification result.
 *
 * @param language   ISO 639-1 code, or {@code und} when no language can be told
 * @param confidence in [0, 1]; calibrated so that, over many texts, it approximates the rate of being right
 */
public record LanguageGuess(String language, double confidence) {

    public static final String UNDETERMINED = "und";

    public static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0.0);
    }

    public boolean isUndetermined() {
        return UNDETERMINED.equals(language);
    }
}
