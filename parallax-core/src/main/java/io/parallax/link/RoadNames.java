package io.parallax.link;

import io.parallax.ner.Roads;
import io.parallax.pack.PackResources;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises names of numbered roads: "M4", "motorvägen M4", "M4 motorway", "Route 66", "I-95". A name is a road
 * when it holds a road number ({@link Roads#isRoadNumber}: M4, E45, A1, Р-22) and nothing else but road words, or
 * when it is a road word followed by a number. Road words are those of the language pack and of English, from the
 * same {@code names-roads.txt} that {@link Roads} finds road numbers in text with.
 * Such places are in no gazetteer; {@link EntityRegistry} puts each in the country of the nearest place of its
 * document, with country precision.
 *
 * <p>Immutable and thread-safe.
 */
final class RoadNames {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    private final Set<String> words;

    /** The road words of {@code language} and of English. */
    RoadNames(String language) {
        Set<String> w = new HashSet<>();
        for (String lang : List.of("en", language == null ? "en" : language.toLowerCase(Locale.ROOT))) {
            w.addAll(new PackResources(lang).words(Roads.FILE));
        }
        this.words = Set.copyOf(w);
    }

    /** True when {@code name} (as written) names a numbered road. Never throws. */
    boolean isRoad(String name) {
        return number(name) != null;
    }

    /**
     * The road's number in upper case without hyphens ("M4", "I95"; "ROUTE 66" when only a road word gives the
     * digits their meaning), or null when {@code name} is no numbered road. Never throws.
     */
    String number(String name) {
        if (name == null || name.isBlank() || name.length() > 60) {
            return null;
        }
        String number = null;
        String digits = null;
        String word = null;
        for (String token : Strings.WHITESPACE.split(name.strip())) {
            if (Roads.isRoadNumber(token)) {
                number = token.replace("-", "").toUpperCase(Locale.ROOT);
            } else if (DIGITS.matcher(token).matches()) {
                digits = token;
            } else if (words.contains(token.toLowerCase(Locale.ROOT))) {
                word = token.toUpperCase(Locale.ROOT);
            } else {
                return null;
            }
        }
        if (number != null) {
            return number;
        }
        return word != null && digits != null ? word + " " + digits : null;
    }
}
