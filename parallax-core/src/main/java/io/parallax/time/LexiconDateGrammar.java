package io.parallax.time;

import io.parallax.pack.PackResources;

import java.util.Optional;

/** A date grammar driven by a language's lexicon file {@code /packs/<lang>/dates.properties}. */
public final class LexiconDateGrammar {

    private LexiconDateGrammar() {
    }

    public static Optional<DateGrammar> load(PackResources pack) {
        return Optional.empty();
    }
}
