package io.parallax.lang;

import io.parallax.model.LanguageGuess;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

import java.util.Objects;

/**
 * Language identification with OpenNLP's maximum-entropy character n-gram model
 * ({@code opennlp-models-langdetect}, 103 languages), reported as ISO 639-1.
 *
 * <p>OpenNLP's raw probabilities are spread over 103 classes and are tiny on short text, so the confidence here is
 * the top probability's share of the top two ({@code p1 / (p1 + p2)}), squeezed towards 0 for texts with few
 * letters. Texts without letters (after removing URLs and e-mail addresses) are {@code und} with confidence 0.
 *
 * <p>Thread-safe: the model is shared; {@link ThreadSafeLanguageDetectorME} keeps one detector per thread.
 * Input longer than {@link #MAX_CHARS} is cut, so that time is bounded.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

    /** Characters looked at; beyond a few thousand the answer no longer changes. */
    public static final int MAX_CHARS = 10_000;

    private final ThreadSafeLanguageDetectorME detector;

    public OpenNlpLanguageIdentifier(LanguageDetectorModel model) {
        this.detector = new ThreadSafeLanguageDetectorME(Objects.requireNonNull(model, "model"));
    }

    @Override
    public LanguageGuess identify(CharSequence text) {
        String t = Texts.stripNonLinguistic(text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text);
        int letters = Texts.countLetters(t);
        if (letters == 0) {
            return LanguageGuess.undetermined();
        }
        Language[] ranked = detector.predictLanguages(t);
        if (ranked.length == 0) {
            return LanguageGuess.undetermined();
        }
        double p1 = ranked[0].getConfidence();
        double p2 = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        double share = p1 + p2 > 0 ? p1 / (p1 + p2) : 0;
        double lengthFactor = Math.min(1.0, letters / 20.0);
        return new LanguageGuess(IsoCodes.toIso1(ranked[0].getLang()), share * lengthFactor);
    }
}
