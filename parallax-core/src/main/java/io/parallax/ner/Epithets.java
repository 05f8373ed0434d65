package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.List;
import java.util.Locale;

/**
 * Extends a person's name with the epithet that follows it: {@code Peter the Great}, {@code Katarina den stores},
 * {@code Karl der Große}. Recognisers trained on news tag the given name and leave the epithet, which is part of the
 * name: without it, every Peter and every Catherine would be one person.
 *
 * <p>The epithets are a language pack's {@code names-epithets.txt}, one per line as tokens separated by spaces,
 * matched case-insensitively. Immutable and thread-safe when the wrapped finder is.
 */
public final class Epithets extends NameRefiner {

    /** The pack file of epithets. */
    public static final String FILE = "names-epithets.txt";

    private final List<String[]> epithets;

    /**
     * @param finder   the recogniser whose person names are extended
     * @param epithets each epithet as its lower-case tokens
     */
    public Epithets(NameFinder finder, List<String[]> epithets) {
        super(finder);
        this.epithets = epithets.stream().map(String[]::clone).toList();
    }

    /** The finder extended by the pack's epithets, or the finder itself when the pack has none. */
    public static NameFinder wrap(NameFinder finder, PackResources pack) {
        List<String[]> epithets = pack.lines(FILE).stream()
                .map(l -> l.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        return epithets.isEmpty() ? finder : new Epithets(finder, epithets);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> spans) {
        return grown(tokens, spans, (s, limit) -> {
            int length = s.type() == EntityType.PER ? epithetAt(tokens, s.end(), limit) : 0;
            return length == 0 ? s : new NameSpan(s.start(), s.end() + length, s.type(), s.confidence());
        });
    }

    /** The number of tokens of the longest epithet starting at {@code at} and ending by {@code limit}, or 0. */
    private int epithetAt(String[] tokens, int at, int limit) {
        int best = 0;
        for (String[] e : epithets) {
            if (e.length > best && at + e.length <= limit && matches(tokens, at, e)) {
                best = e.length;
            }
        }
        return best;
    }

    private static boolean matches(String[] tokens, int at, String[] epithet) {
        for (int k = 0; k < epithet.length; k++) {
            if (!epithet[k].equals(tokens[at + k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
