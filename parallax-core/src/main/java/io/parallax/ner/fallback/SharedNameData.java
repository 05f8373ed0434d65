package io.parallax.ner.fallback;

import io.parallax.link.NameKeys;
import io.parallax.link.Romanizer;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.util.Lazy;

import java.util.Objects;

/**
 * The language-independent data of the fallback name finder: name keys (the link stage's transliteration-aware
 * matching keys), the gazetteer's places, and the personal-name lexicon. Immutable and thread-safe.
 *
 * @param keys   name keys, as the gazetteer was built with
 * @param places place names by key
 * @param names  words of personal names
 * @param known  names of particular entities with their usual type
 */
public record SharedNameData(NameKeys keys, PlaceIndex places, NameLexicon names, KnownNames known) {

    /**
     * The class-path data, loaded once on first use (about two seconds) and shared by every language's finder,
     * as Lucene shares its default stop sets: it is immutable, and one copy per pack would cost tens of
     * megabytes each.
     */
    private static final Lazy<SharedNameData> STANDARD = Lazy.of(() -> new SharedNameData(
            new NameKeys(new Romanizer()), PlaceIndex.of(Gazetteer.loadDefault()), NameLexicon.loadDefault(),
            KnownNames.loadDefault()));

    public SharedNameData {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(known, "known");
    }

    /** The shipped gazetteer and lexicon. */
    public static SharedNameData standard() {
        return STANDARD.get();
    }
}
