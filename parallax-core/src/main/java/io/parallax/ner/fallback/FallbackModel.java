package io.parallax.ner.fallback;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the fallback name finder knows about one language: its cues, its function words, the shared name
 * data and the settings. Immutable and thread-safe; one per language, shared by any number of finders.
 *
 * @param cues      the language's cue words
 * @param stopWords the language's function words, lower case (never names on their own)
 * @param countries the names of countries in the language and in English, lower case
 * @param shared    gazetteer, name lexicon and name keys
 * @param config    settings
 */
public record FallbackModel(NerCues cues, Set<String> stopWords, Set<String> countries, SharedNameData shared,
                            FallbackConfig config) {

    public FallbackModel {
        Objects.requireNonNull(cues, "cues");
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(config, "config");
        stopWords = lower(stopWords);
        countries = lower(countries);
    }

    private static Set<String> lower(Set<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    public String language() {
        return cues.language();
    }

    /** True for a word that is never a name by itself: a function word or a listed non-name. */
    boolean never(String lower) {
        return stopWords.contains(lower) || cues.has(NerCues.Kind.NOT_NAME, lower);
    }
}
