package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.fallback.NerCues.Kind;

/**
 * Names built around a word that says what kind of thing they name: organisations ("Europäische
 * Investitionsbank", "Commission européenne", "Banco Central de Chile", "Berufsfeuerwehr München"), places
 * ("Englischer Garten", "Plaza Mayor") and events ("Copa América").
 *
 * <p>The head is a listed word, or in languages that compound ({@link NerCues.Settings#compounds}) a capitalised
 * word ending in a listed ending ("Investitions|bank") or starting with a listed beginning ("Bundes|bank"). The
 * name reaches left over capitalised modifiers and right over capitalised words, listed lower-case modifiers
 * ("européenne") and connectors followed by capitalised words ("de", "für"). Where every noun is capitalised
 * (German), capitalisation alone says little: only adjective-shaped words extend a name to the left, and to the
 * right only a place or a connector does ("Hafen Göteborg", "Gesamtverband der Deutschen …"); and a head
 * alone is a common noun ("die Feuerwehr"), unless it is a compound with a listed beginning. Stateless.
 */
final class HeadRule {

    /** The cue lists and type of one kind of head. */
    record Heads(Kind head, Kind suffix, Kind prefix, EntityType type, Evidence evidence) {
    }

    static final Heads ORG = new Heads(Kind.ORG_HEAD, Kind.ORG_SUFFIX, Kind.ORG_PREFIX, EntityType.ORG,
            Evidence.ORG_HEAD);
    static final Heads LOC = new Heads(Kind.LOC_HEAD, null, null, EntityType.LOC, Evidence.LOC_HEAD);
    static final Heads MISC = new Heads(Kind.MISC_HEAD, null, null, EntityType.MISC, Evidence.MISC_HEAD);

    /** German adjective endings: a capitalised adjective inside a sentence belongs to a name. */
    private static final String[] ADJECTIVE_ENDINGS = {"e", "er", "en", "es", "em"};
    /** Suffixes that make adjectives: "europä|isch", "deut|sch", "fried|lich", "wicht|ig", "vereinig|t". */
    private static final String[] ADJECTIVE_SUFFIXES = {"isch", "sch", "lich", "ig", "al", "ell", "iv", "är",
            "igt", "ös"};
    private static final int MIN_STEM = 3;

    private HeadRule() {
    }

    static void propose(Line line, Chart chart, Heads heads) {
        for (int h = 0; h < line.size(); h++) {
            int how = head(line, h, heads);
            if (how != NONE) {
                name(line, chart, h, how, heads);
            }
        }
    }

    private static final int NONE = 0;
    private static final int LISTED = 1;
    private static final int COMPOUND = 2;
    private static final int PREFIXED = 3;

    private static int head(Line line, int h, Heads heads) {
        Word w = line.word(h);
        if (w.letters < 2 || w.shape != Word.Shape.CAPITALISED) {
            return NONE;
        }
        NerCues cues = line.cues();
        boolean prefixed = heads.prefix() != null && cues.startsWith(heads.prefix(), w.lower, MIN_STEM);
        for (String form : cues.forms(w.lower)) {   // "Wetterdienstes" is "Wetterdienst" in the genitive
            if (cues.has(heads.head(), form)) {
                return prefixed ? PREFIXED : LISTED;   // "Bundestag": listed as a head, and prefixed
            }
            boolean compound = cues.settings().compounds() && heads.suffix() != null
                    && cues.endsWith(heads.suffix(), form, MIN_STEM);
            if (compound) {
                return prefixed ? PREFIXED : COMPOUND;   // "Bundesbank": a compound with a name-making beginning
            }
        }
        return NONE;
    }

    private static void name(Line line, Chart chart, int h, int how, Heads heads) {
        boolean nouns = line.cues().settings().capitalisedNouns();
        int start = left(line, h, nouns);
        int end = right(line, h, nouns);
        if (end - start >= 2) {
            chart.add(start, end, heads.type(), heads.evidence());
        } else if (how == PREFIXED || (!nouns && line.capitalised(h))) {
            chart.add(h, h + 1, heads.type(), heads.evidence(), 0.8);
        }
    }

    private static int left(Line line, int h, boolean nouns) {
        int start = h;
        int limit = Math.max(0, h - 3);
        while (start > limit && modifierBefore(line, start - 1, nouns)) {
            start--;
        }
        return start;
    }

    private static boolean modifierBefore(Line line, int i, boolean nouns) {
        if (!line.capitalised(i) || line.word(i).shape == Word.Shape.UPPER) {
            return false;
        }
        return !nouns || adjective(line, i);
    }

    /**
     * A capitalised adjective, in a language that capitalises adjectives only inside names: an inflected form
     * ("-e", "-en", "-er", "-es", "-em") of a stem with an adjective suffix ("europä|isch", "deut|sch",
     * "fried|lich", "vereinig|t"), of a listed stem ("neu"), or of a word the document also writes in lower case.
     */
    static boolean adjective(Line line, int i) {
        String lower = line.word(i).lower;
        for (String e : ADJECTIVE_ENDINGS) {
            if (lower.length() >= e.length() + MIN_STEM && lower.endsWith(e)) {
                String stem = lower.substring(0, lower.length() - e.length());
                if (adjectiveStem(stem) || line.cues().has(Kind.NAME_ADJECTIVE, stem)
                        || line.doc().writtenLower(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean adjectiveStem(String stem) {
        for (String s : ADJECTIVE_SUFFIXES) {
            if (stem.endsWith(s) && stem.length() > s.length() + 1) {
                return true;
            }
        }
        return false;
    }

    private static int right(Line line, int h, boolean nouns) {
        int max = Math.min(line.size(), h + line.model().config().maxTokens());
        int end = h + 1;
        int i = h + 1;
        while (i < max) {
            int next = nouns ? nextGerman(line, i, max) : nextOther(line, i, max);
            if (next <= i) {
                break;
            }
            i = next;
            end = next;
        }
        return end;
    }

    /** Where the name may continue after token {@code i-1}, in a language that capitalises only names. */
    private static int nextOther(Line line, int i, int max) {
        Word w = line.word(i);
        if (w.upperInitial() && !line.never(i) && !line.is(Kind.ORG_DESIGNATOR, i)) {
            return i + 1;
        }
        if (w.shape == Word.Shape.LOWER && line.cues().has(Kind.ORG_MODIFIER, w.lower)) {
            return i + 1;
        }
        return afterConnectors(line, i, max);
    }

    /** Where the name may continue in a language that capitalises every noun: a place, or connector + name. */
    private static int nextGerman(Line line, int i, int max) {
        for (int len = Math.min(PlaceRule.MAX_TOKENS, max - i); len >= 1; len--) {
            if (line.word(i + len - 1).upperInitial() && PlaceRule.lookup(line, i, i + len) != null) {
                return i + len;
            }
        }
        if (line.nameWord(i) && i + 1 < max && line.word(i + 1).upperInitial()
                && PlaceRule.lookup(line, i + 1, i + 2) != null) {
            return i + 2;   // "Rettungsdienst Großraum Göteborg"
        }
        int after = afterConnectors(line, i, max);
        if (after > i && (adjective(line, after - 1) || line.runEnd(after - 1, 2) > after)) {
            return line.runEnd(after - 1, max - after + 1);
        }
        return after;
    }

    /** After connectors ("de", "l'", "für") and a capitalised word: the index past that word; else {@code i}. */
    private static int afterConnectors(Line line, int i, int max) {
        int j = i;
        while (j < max && line.word(j).shape == Word.Shape.LOWER && line.cues().has(Kind.ORG_CONNECTOR,
                line.word(j).lower)) {
            j++;
        }
        if (j == i || j >= max || !line.word(j).upperInitial() || line.never(j)) {
            return i;
        }
        return j + 1;
    }

    /**
     * Words that end names after other name words in any language ("Fox News", "Ipswich Town", "Sinovation
     * Ventures"): the name reaches left over name words; a final word alone is no name.
     */
    static void finals(Line line, Chart chart) {
        boolean nouns = line.cues().settings().capitalisedNouns();
        for (int h = 1; h < line.size(); h++) {
            // where nouns are capitalised, a final that is also a word of the language ("Bank") says little
            boolean own = nouns && (line.is(Kind.ORG_HEAD, h) || line.is(Kind.ORG_SUFFIX, h));
            if (line.word(h).shape == Word.Shape.CAPITALISED && line.is(Kind.ORG_FINAL, h) && !own) {
                int start = h;
                while (start > Math.max(0, h - 3) && line.nameWord(start - 1) && !line.is(Kind.TITLE, start - 1)) {
                    start--;
                }
                if (start < h) {
                    chart.add(start, h + 1, EntityType.ORG, Evidence.ORG_FINAL);
                }
            }
        }
    }
}
