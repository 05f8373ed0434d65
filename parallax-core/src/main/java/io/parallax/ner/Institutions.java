package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extends a place or organisation name with the lower-case word after it that names one of its institutions or
 * divisions, as Swedish writes them: {@code Göteborgs tingsrätt} (a court: an organisation), {@code Eskilstuna
 * kommun} (a municipality: a place), {@code Uppsala läns landsting}. The recogniser tags the place and leaves the
 * word; without it, the court would be the city. Words are taken one after another, so "Uppsala läns landsting"
 * grows from "Uppsala" and ends as the type of its last word.
 *
 * <p>The words are a language pack's {@code names-institutions.txt}, {@code word = TYPE} lines (lower case; ORG or
 * LOC), matched case-sensitively, so that "Kommun" opening a new name is left alone. Immutable and thread-safe when
 * the wrapped finder is.
 */
public final class Institutions extends NameRefiner {

    /** The pack file of institution words. */
    public static final String FILE = "names-institutions.txt";

    private final Map<String, EntityType> words;

    /**
     * @param finder the recogniser whose place and organisation names are extended
     * @param words  lower-case institution words and the type of the name they end
     */
    public Institutions(NameFinder finder, Map<String, EntityType> words) {
        super(finder);
        this.words = Map.copyOf(words);
    }

    /**
     * The finder extended by the pack's institution words, or the finder itself when the pack has none.
     *
     * @throws IllegalArgumentException when a line's type is not an entity type
     */
    public static NameFinder wrap(NameFinder finder, PackResources pack) {
        Map<String, EntityType> words = new HashMap<>();
        pack.keyValues(FILE).orElse(Map.of()).forEach((w, t) -> words.put(w, EntityType.parse(t)));
        return words.isEmpty() ? finder : new Institutions(finder, words);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> spans) {
        return grown(tokens, spans, (s, limit) -> s.type() == EntityType.LOC || s.type() == EntityType.ORG
                ? extended(tokens, s, limit) : s);
    }

    private NameSpan extended(String[] tokens, NameSpan s, int limit) {
        int end = s.end();
        EntityType type = s.type();
        while (end < limit && words.containsKey(tokens[end])) {
            type = words.get(tokens[end]);
            end++;
        }
        return end == s.end() ? s : new NameSpan(s.start(), end, type, s.confidence());
    }
}
