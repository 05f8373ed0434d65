package io.parallax.ner.fallback;

import io.parallax.pack.PackResources;
import io.parallax.pack.base.LuceneLanguage;
import io.parallax.pack.base.LuceneLanguages;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes the fallback name finder of a language: the pack's cues ({@code ner-cues.txt}, {@code names-titles.txt}),
 * the language's function words (Lucene's stop set, where Lucene covers the language), and the shared
 * gazetteer and name lexicon. A language with no files at all still gets a finder: gazetteer places, acronyms and
 * capitalisation (places only, for scripts without case). Stateless.
 */
public final class FallbackNameFinders {

    private FallbackNameFinders() {
    }

    /**
     * The fallback finder for a pack, with the standard shared data and settings.
     *
     * @throws IllegalArgumentException naming the file and line, when the pack's cue file is malformed
     */
    public static FallbackNameFinder load(PackResources pack) {
        return new FallbackNameFinder(model(pack, SharedNameData.standard(), FallbackConfig.DEFAULT));
    }

    /** The model for a pack with the given shared data and settings. */
    public static FallbackModel model(PackResources pack, SharedNameData shared, FallbackConfig config) {
        return new FallbackModel(NerCues.load(pack), stopWords(pack.language()),
                CountryNames.of(pack.language(), shared.places().countryCodes()), shared, config);
    }

    /** Lucene's stop words for the language, or none. */
    static Set<String> stopWords(String language) {
        LuceneLanguage lucene = LuceneLanguages.all().get(language);
        Set<String> out = new HashSet<>();
        if (lucene != null) {
            for (Object w : lucene.stopWords().get()) {
                out.add(w instanceof char[] chars ? new String(chars) : w.toString());
            }
        }
        return out;
    }
}
