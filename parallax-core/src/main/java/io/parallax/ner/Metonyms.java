package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of buildings that stand for the institution housed there: {@code the Kremlin announced}, {@code the White
 * House said}, {@code the Pentagon's spokesman}. Recognisers trained on news tag these as places (CoNLL-2003 does),
 * but a reader asks who spoke. A place name right before a verb of saying or an institution's voice (a
 * spokesperson), with at most a possessive between, is an organisation, unless the gazetteer knows it as a country,
 * region or city: {@code Russia said} and {@code Washington said} stay places.
 *
 * <p>Verbs of saying are the pack's {@code speech-verbs.txt}; voices its {@code names-voices.txt}. Immutable and
 * thread-safe when the wrapped finder is.
 */
public final class Metonyms extends NameRefiner {

    /** The pack file of words for an institution's voice ("spokesman", "talesperson"). */
    public static final String FILE = "names-voices.txt";
    /** The pack file of verbs of saying. */
    public static final String VERBS = "speech-verbs.txt";

    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");

    private final Set<String> cues;
    private final Gazetteer places;
    private final int placeMask;

    /**
     * @param finder the recogniser whose places are checked
     * @param cues   lower-case verbs of saying and voices
     * @param places the gazetteer whose {@code LOC.*} categories name real places
     */
    public Metonyms(NameFinder finder, Set<String> cues, Gazetteer places) {
        super(finder);
        this.cues = Set.copyOf(cues);
        this.places = places;
        int mask = 0;
        List<String> categories = places.categories();
        for (int c = 0; c < categories.size(); c++) {
            mask |= categories.get(c).startsWith("LOC") ? 1 << c : 0;
        }
        this.placeMask = mask;
    }

    /**
     * The finder with metonyms retyped, or the finder itself when the pack has no verbs of saying or there is no
     * gazetteer of places to tell countries and cities from buildings (without one, every speaking place would
     * become an organisation).
     */
    public static NameFinder wrap(NameFinder finder, PackResources pack, Gazetteer places) {
        Set<String> cues = new java.util.HashSet<>(pack.words(VERBS));
        boolean knowsPlaces = places.categories().stream().anyMatch(c -> c.startsWith("LOC"));
        if (cues.isEmpty() || !knowsPlaces) {
            return finder;
        }
        cues.addAll(pack.words(FILE));
        return new Metonyms(finder, cues, places);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            boolean speaks = s.type() == EntityType.LOC && cueAfter(tokens, s.end()) && !isPlace(tokens, s);
            out.add(speaks ? new NameSpan(s.start(), s.end(), EntityType.ORG, s.confidence()) : s);
        }
        return out;
    }

    private boolean cueAfter(String[] tokens, int at) {
        int i = at < tokens.length && POSSESSIVES.contains(tokens[at]) ? at + 1 : at;
        return i < tokens.length && cues.contains(tokens[i].toLowerCase(Locale.ROOT));
    }

    private boolean isPlace(String[] tokens, NameSpan s) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, s.start(), s.end()));
        return (places.lookup(name) & placeMask) != 0;
    }
}
