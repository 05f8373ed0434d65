package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In languages that write names as one compound word, a capitalised word whose last part says what kind of
 * organisation it is ({@code Naturskyddsföreningen}, {@code Miljödepartementet}, {@code Trafikverket}) is an
 * organisation, whether or not the recogniser found it: the same idea as {@link Designators}, where the designator is
 * the compound's head instead of a word of its own. Recognisers trained on a small corpus have seen few of these
 * words, and their endings are too long for suffix features.
 *
 * <p>The heads are a language pack's {@code names-compound-designators.txt}, lower case in the definite form the
 * names take. A word matches when it starts with a capital letter (and is not all capitals), ends in a head or the
 * head's genitive ({@code Transportstyrelsens}), and has at least {@value #MIN_MODIFIER} letters before it, so that
 * the head alone ("Förbundet") is not a name. Immutable and thread-safe when the wrapped finder is.
 */
public final class CompoundDesignators extends NameRefiner {

    /** The pack file of organisation heads. */
    public static final String FILE = "names-compound-designators.txt";

    private static final int MIN_MODIFIER = 3;
    private static final double CONFIDENCE = 0.7;

    private final List<String> heads;

    /**
     * @param finder the recogniser whose names are kept and corrected
     * @param heads  lower-case heads ("departementet", "föreningen")
     */
    public CompoundDesignators(NameFinder finder, Set<String> heads) {
        super(finder);
        this.heads = List.copyOf(heads);
    }

    /** The finder with the pack's organisation compounds, or the finder itself when the pack lists no heads. */
    public static NameFinder wrap(NameFinder finder, PackResources pack) {
        Set<String> heads = pack.words(FILE);
        return heads.isEmpty() ? finder : new CompoundDesignators(finder, heads);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> spans) {
        return oneWordNames(tokens, spans, i -> isOrganisation(tokens[i]), EntityType.ORG, CONFIDENCE);
    }

    /** True for a capitalised compound that ends in one of the heads, or in its genitive. */
    boolean isOrganisation(String word) {
        if (word.length() <= MIN_MODIFIER || !Character.isUpperCase(word.charAt(0))
                || word.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        for (String head : heads) {
            if (endsInHead(lower, head) || endsInHead(stem, head)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInHead(String word, String head) {
        return word.endsWith(head) && word.length() - head.length() >= MIN_MODIFIER;
    }
}
