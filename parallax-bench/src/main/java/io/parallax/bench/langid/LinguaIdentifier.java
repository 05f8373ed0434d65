package io.parallax.bench.langid;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.parallax.lang.LanguageIdentifier;
import io.parallax.model.LanguageGuess;

import java.util.Collection;
import java.util.Locale;

/**
 * Lingua 1.2.2 behind Parallax's {@link LanguageIdentifier} interface, for the benchmark. The confidence is 1 for
 * any answer (Lingua's confidence values cost a second pass, which would distort its throughput).
 * Lingua caches its models in static state, so {@link #close()} unloads them before the next configuration.
 */
final class LinguaIdentifier implements LanguageIdentifier, AutoCloseable {

    private final LanguageDetector detector;

    private LinguaIdentifier(LanguageDetector detector) {
        this.detector = detector;
    }

    /** All 75 languages, high-accuracy mode, models preloaded. */
    static LinguaIdentifier full() {
        return new LinguaIdentifier(LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels().build());
    }

    /** All languages in low-accuracy mode (trigrams only). */
    static LinguaIdentifier lowAccuracy() {
        return new LinguaIdentifier(LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode()
                .withPreloadedLanguageModels().build());
    }

    /** High-accuracy mode restricted to some languages (ISO 639-1 codes Lingua lacks are ignored). */
    static LinguaIdentifier restricted(Collection<String> codes) {
        IsoCode639_1[] isos = codes.stream().map(c -> {
            try {
                return IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toArray(IsoCode639_1[]::new);
        return new LinguaIdentifier(LanguageDetectorBuilder.fromIsoCodes639_1(isos).withPreloadedLanguageModels().build());
    }

    @Override
    public LanguageGuess identify(CharSequence text) {
        Language l = detector.detectLanguageOf(text.toString());
        return l == Language.UNKNOWN ? LanguageGuess.undetermined()
                : new LanguageGuess(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT), 1.0);
    }

    @Override
    public void close() {
        detector.unloadLanguageModels();
    }
}
