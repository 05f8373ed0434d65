package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of two or more words that end in a word saying what kind of organisation they are ({@code Wagner Group},
 * {@code Labour Party}) are organisations, whatever the recogniser said; and in the same
 * document, the name without that word ({@code Wagner}) is the same organisation. Recognisers trained on news know
 * many surnames and few private armies, so they tag such a name as a person once and, with document context, every
 * time.
 *
 * <p>The words are a language pack's {@code names-designators.txt} (the same list the linker uses to strip them).
 * Immutable and thread-safe when the wrapped finder is.
 */
public final class Designators extends NameRefiner {

    /** The pack file of organisation designators. */
    public static final String FILE = "names-designators.txt";

    private final Set<String> words;

    /**
     * @param finder the recogniser whose names are corrected
     * @param words  lower-case designator words ("group", "party")
     */
    public Designators(NameFinder finder, Set<String> words) {
        super(finder);
        this.words = Set.copyOf(words);
    }

    /** The finder corrected by the pack's designators, or the finder itself when the pack has none. */
    public static NameFinder wrap(NameFinder finder, PackResources pack) {
        Set<String> words = pack.words(FILE);
        return words.isEmpty() ? finder : new Designators(finder, words);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> spans) {
        return spans.stream().map(s -> designated(tokens, s) ? as(s, EntityType.ORG) : s).toList();
    }

    @Override
    List<List<NameSpan>> refineDocument(List<String[]> sentences, List<List<NameSpan>> found) {
        Set<String> bases = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            for (NameSpan s : found.get(i)) {
                if (designated(sentences.get(i), s)) {
                    bases.add(text(sentences.get(i), s.start(), s.end() - 1));
                }
            }
        }
        if (bases.isEmpty()) {
            return found;
        }
        return retyped(sentences, found, (tokens, s) -> bases.contains(text(tokens, s.start(), s.end())),
                EntityType.ORG);
    }

    private boolean designated(String[] tokens, NameSpan s) {
        return s.end() - s.start() >= 2 && words.contains(tokens[s.end() - 1].toLowerCase(Locale.ROOT));
    }

    private static String text(String[] tokens, int start, int end) {
        return String.join(" ", Arrays.asList(tokens).subList(start, end)).toLowerCase(Locale.ROOT);
    }

    private static NameSpan as(NameSpan s, EntityType type) {
        return new NameSpan(s.start(), s.end(), type, s.confidence());
    }
}
