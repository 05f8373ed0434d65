package io.parallax.ner;

import io.parallax.pack.PackResources;

import java.util.Optional;

/** Loads a language pack's name finder from its model files under {@code /packs/<lang>/ner/}. */
public final class NameFinders {

    private NameFinders() {
    }

    /** The pack's recogniser, or empty when the pack ships no NER model. */
    public static Optional<NameFinder> load(PackResources pack) {
        // Models arrive with the NER training work (issue 5); until then packs have no recogniser.
        return Optional.empty();
    }
}
