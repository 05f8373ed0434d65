package io.parallax.lang;

import io.parallax.model.LanguageGuess;

/**
 * Tells the language of a text. Implementations are thread-safe and never throw on any text: where no language
 * can be told (empty, digits, emoji) they return {@link LanguageGuess#undetermined()}.
 */
public interface LanguageIdentifier {

    /** The most likely language (ISO 639-1) with a calibrated confidence. */
    LanguageGuess identify(CharSequence text);
}
