package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.pack.PackResources;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds numbered roads that recognisers trained on news miss: a road number beside a road word, as in
 * {@code motorvägen M4}, {@code the M4 motorway}, {@code Interstate 95} or {@code l'autoroute A7}. The number alone
 * is the mention ({@code M4}), so that the same road links across languages whatever each calls a motorway.
 *
 * <p>Road words are a language pack's {@code names-roads.txt}, one lower-case word per line. A road number is
 * {@link #isRoadNumber one to three capital letters with up to four digits} ({@code M4}, {@code E45}, {@code I-95},
 * {@code B96a}), or bare digits right after the road word ({@code Route 66}). Names the wrapped finder found are kept, but a road number it found alone is a place
 * whatever type it gave. Immutable and thread-safe when the wrapped
 * finder is.
 */
public final class Roads extends NameRefiner {

    /** The pack file of road words. */
    public static final String FILE = "names-roads.txt";

    /** A road number: one to three capital letters, an optional hyphen, one to four digits, an optional letter. */
    private static final Pattern CODE = Pattern.compile("\\p{Lu}{1,3}-?\\d{1,4}\\p{L}?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final double CONFIDENCE = 0.8;

    private final Set<String> words;

    /**
     * @param finder the recogniser whose names are kept
     * @param words  lower-case road words ("motorway", "motorvägen")
     */
    public Roads(NameFinder finder, Set<String> words) {
        super(finder);
        this.words = Set.copyOf(words);
    }

    /** The finder with the pack's roads added, or the finder itself when the pack has no road words. */
    public static NameFinder wrap(NameFinder finder, PackResources pack) {
        Set<String> words = pack.words(FILE);
        return words.isEmpty() ? finder : new Roads(finder, words);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> spans) {
        return oneWordNames(tokens, spans, i -> isRoadAt(tokens, i), EntityType.LOC, CONFIDENCE);
    }

    /**
     * True when {@code token} has the form of a road number ({@code M4}, {@code E45}, {@code I-95}, {@code B96a},
     * {@code Р-22}); whether it is one depends on a road word beside it or in the same name. The one definition
     * that finding roads in text and placing road names on the map share.
     */
    public static boolean isRoadNumber(String token) {
        return CODE.matcher(token).matches();
    }

    private boolean isRoadAt(String[] tokens, int i) {
        String t = tokens[i];
        int n = t.length();
        if (n == 0 || !Character.isDigit(t.charAt(n - 1)) && (n < 2 || !Character.isDigit(t.charAt(n - 2)))) {
            return false;   // road numbers end in a digit or a digit and a letter; most tokens stop here
        }
        boolean wordBefore = i > 0 && isRoadWord(tokens[i - 1]);
        boolean wordAfter = i + 1 < tokens.length && isRoadWord(tokens[i + 1]);
        return isRoadNumber(t) && (wordBefore || wordAfter)
                || NUMBER.matcher(t).matches() && wordBefore && Character.isUpperCase(tokens[i - 1].charAt(0));
    }

    private boolean isRoadWord(String token) {
        return words.contains(token.toLowerCase(Locale.ROOT));
    }
}
