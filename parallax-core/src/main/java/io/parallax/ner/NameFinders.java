package io.parallax.ner;

import io.parallax.ner.fallback.FallbackNameFinders;
import io.parallax.pack.PackResources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Loads a language pack's name finder: its trained model {@code /packs/<lang>/ner/model.bin.gz} where it has one,
 * else the rule-based fallback of {@link io.parallax.ner.fallback}.
 */
public final class NameFinders {

    /** The model file inside a pack. */
    public static final String MODEL_FILE = "ner/model.bin.gz";

    private NameFinders() {
    }

    /**
     * The pack's recogniser: its trained model, or the fallback finder when the pack ships none. Never empty.
     *
     * @throws UncheckedIOException when the pack has a model file that cannot be read or is damaged (a build
     *                              defect, not a property of the input)
     */
    public static Optional<NameFinder> load(PackResources pack) {
        Optional<NameFinder> trained = loadModel(pack).map(LinearNameFinder::new);
        return trained.isPresent() ? trained : Optional.of(FallbackNameFinders.load(pack));
    }

    /**
     * The recogniser the pipeline runs: {@code finder} followed by the pack's rules (a trained model's surnames,
     * organisation designators as words and as compound heads, institutions named after a place, buildings that
     * speak for an institution, epithets, road numbers), each where the pack has its word list. The fallback
     * recognisers of languages without a model have their own person rules and names written family name first,
     * so {@link Surnames} is only for trained models (English, Swedish).
     */
    public static NameFinder withRules(NameFinder finder, PackResources pack) {
        boolean trained = finder instanceof LinearNameFinder;
        Gazetteer places = trained ? ((LinearNameFinder) finder).model().lexicons().gazetteer() : Gazetteer.none();
        return withRules(finder, pack, places, trained);
    }

    /**
     * As {@link #withRules(NameFinder, PackResources)}, for a finder that stands in for a trained model (replayed
     * predictions, to measure the rules on held-out output).
     *
     * @param places  the gazetteer the model holds (for buildings that speak for an institution)
     * @param trained whether {@code finder}'s names come from a trained model, which the surname rule is for
     */
    public static NameFinder withRules(NameFinder finder, PackResources pack, Gazetteer places, boolean trained) {
        NameFinder persons = trained ? new Surnames(finder) : finder;
        NameFinder organisations = Institutions.wrap(
                Designators.wrap(CompoundDesignators.wrap(persons, pack), pack), pack);
        NameFinder named = Metonyms.wrap(organisations, pack, places);
        return Roads.wrap(Epithets.wrap(named, pack), pack);
    }

    /** The pack's model, or empty when it ships none. */
    public static Optional<NerModel> loadModel(PackResources pack) {
        Optional<InputStream> in = pack.open(MODEL_FILE);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream s = in.get()) {
            return Optional.of(NerModel.read(s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + pack.path(MODEL_FILE) + ": " + e.getMessage(), e);
        }
    }
}
