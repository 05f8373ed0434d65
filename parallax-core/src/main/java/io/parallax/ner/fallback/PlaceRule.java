package io.parallax.ner.fallback;

import io.parallax.link.gazetteer.GazetteerEntry;
import io.parallax.model.EntityType;
import io.parallax.ner.fallback.NerCues.Kind;

import java.util.List;

/**
 * Places from the gazetteer: at each name-shaped token, the longest run of up to {@value #MAX_TOKENS} tokens
 * whose name key (or that of its last word's base form, "Göteborgs" → "Göteborg") names a place. Guards against
 * common words that are also town names: a single word must have three letters or more and not be a function
 * word; at a sentence's start it must be capitalised elsewhere in the document or name a prominent place; a town
 * below {@link FallbackConfig#bigCity} needs a locative preposition before it or a second word; and a single-word
 * town after an article ("das Essen", "der Halle") is a noun, not a town. Stateless.
 */
final class PlaceRule {

    static final int MAX_TOKENS = 5;
    /** Population of a country large enough to be written with an article. */
    private static final long BIG_COUNTRY = 1_000_000;
    /** Count in the name lexicon of a word common in people's names ("Brent"). */
    private static final int COMMON_NAME = 20;

    private PlaceRule() {
    }

    static void propose(Line line, Chart chart) {
        for (int i = 0; i < line.size(); i++) {
            if (countryCode(line, i)) {
                chart.add(i, i + 1, EntityType.LOC, Evidence.PLACE);
                continue;
            }
            if (line.word(i).nameShaped()) {
                // a capitalised article may start a place's name ("La Paz", "Den Haag"), never be one
                longest(line, chart, i, line.never(i));
            }
        }
    }

    private static void longest(Line line, Chart chart, int start, boolean article) {
        int max = Math.min(line.size(), start + MAX_TOKENS);
        int least = article ? start + 1 : start;
        for (int end = lastShaped(line, start, max); end > least; end--) {
            if (!line.word(end - 1).nameShaped()) {
                continue;
            }
            PlaceIndex.Hit hit = lookup(line, start, end);
            if (hit != null) {
                Evidence e = judge(line, start, end, hit);
                if (e != null) {
                    chart.add(start, end, EntityType.LOC, e);
                }
                return;
            }
        }
    }



    /** The end of the stretch of name-shaped tokens and connectors from {@code start}. */
    private static int lastShaped(Line line, int start, int max) {
        int end = start + 1;
        for (int i = start + 1; i < max; i++) {
            Word w = line.word(i);
            if (w.nameShaped() && !line.never(i)) {
                end = i + 1;
            } else if (!line.connector(i)) {
                break;
            }
        }
        return end;
    }

    /** A country's ISO code in capitals ("US", "USA") inside a sentence that is not all in capitals. */
    private static boolean countryCode(Line line, int i) {
        Word w = line.word(i);
        boolean known = line.model().shared().places().code(w.text) != null || line.model().countries().contains(w.lower);
        return w.shape == Word.Shape.UPPER && w.letters == w.text.length() && w.letters <= 3 && !line.never(i)
                && known && line.upperShare() <= 0.5;
    }

    /** The word is a country's name in the text's language or in English, or its inflected form ("Frankreichs"). */
    static boolean country(Line line, Word w) {
        return line.cues().forms(w.lower).stream().anyMatch(line.model().countries()::contains);
    }

    static PlaceIndex.Hit lookup(Line line, int start, int end) {
        PlaceIndex places = line.model().shared().places();
        PlaceIndex.Hit hit = places.lookup(line.key(start, end, null));
        List<String> forms = line.cues().forms(line.word(end - 1).lower);
        for (int k = 1; hit == null && k < forms.size(); k++) {
            hit = places.lookup(line.key(start, end, forms.get(k)));   // "Bayerns" → "Bayern"
        }
        return hit;
    }

    /**
     * The evidence for a gazetteer match, or {@code null} when a guard rejects it. Where every noun is
     * capitalised, a single word is a place only after a preposition of place or when it names a large country,
     * a capital or a large city or region ({@link FallbackConfig#nounBigCity}): German nouns collide with the
     * gazetteer's many foreign names ("Namen", Dutch for Namur; "Bälle", French Bâle).
     */
    private static Evidence judge(Line line, int start, int end, PlaceIndex.Hit hit) {
        boolean single = end - start == 1;
        Word w = line.word(start);
        FallbackConfig config = line.model().config();
        boolean nouns = line.cues().settings().capitalisedNouns() && w.shape != Word.Shape.CASELESS;
        boolean prominent = hit.prominent(nouns && single ? config.nounBigCity() : config.bigCity());
        if (single && !singleWordOk(line, start, w, hit, prominent)) {
            return null;
        }
        boolean preposition = line.afterPlacePreposition(start);
        if (nouns && single && !preposition && !country(line, w) && !line.doc().afterPlacePreposition(w.lower)) {
            return null;   // a capitalised noun, most likely: nothing but the key says "place"
        }
        if (prominent) {
            return Evidence.PLACE;
        }
        return (!single && !nouns) || preposition ? Evidence.PLACE_MINOR : null;
    }

    private static boolean singleWordOk(Line line, int i, Word w, PlaceIndex.Hit hit, boolean prominent) {
        int minLetters = w.shape == Word.Shape.CASELESS ? 2 : 3;
        if (w.letters < minLetters) {
            return false;
        }
        if (w.shape == Word.Shape.UPPER && w.letters < 5 && hit.kind() != GazetteerEntry.Kind.COUNTRY) {
            return false;
        }
        if (line.initial(i) && w.shape != Word.Shape.CASELESS && !line.doc().capitalisedElsewhere(w.lower)
                && !(prominent && !line.doc().writtenLower(w.lower))) {
            return false;
        }
        if (partOfPersonName(line, i)) {
            return false;
        }
        // countries may take an article ("die Ukraine", "la Pologne"); towns, and small states, do not
        boolean bigCountry = hit.kind() == GazetteerEntry.Kind.COUNTRY && hit.population() >= BIG_COUNTRY;
        return bigCountry || !PersonRule.afterArticle(line, i);
    }

    /**
     * True when the word is part of a person's name: a given name (or a word common in people's names) before
     * another name word ("Sofia Virtanen", "Brent Montgomery"), or a name word after one ("Elizabeth Warren").
     */
    static boolean partOfPersonName(Line line, int i) {
        return (i + 1 < line.size() && firstAndLast(line, i, i + 1))
                || (i > 0 && firstAndLast(line, i - 1, i));
    }

    private static boolean firstAndLast(Line line, int first, int last) {
        Word f = line.word(first);
        Word l = line.word(last);
        if (f.shape != Word.Shape.CAPITALISED || !line.nameWord(last) || l.shape == Word.Shape.UPPER) {
            return false;
        }
        NameLexicon names = line.model().shared().names();
        boolean lastName = names.count(l.lower) >= 3 || PersonRule.surnameEnding(line.cues(), l.lower) > 0;
        return names.isGiven(f.lower) || (names.count(f.lower) >= COMMON_NAME && lastName);
    }
}
