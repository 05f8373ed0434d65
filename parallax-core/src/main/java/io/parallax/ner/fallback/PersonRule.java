package io.parallax.ner.fallback;

import io.parallax.link.Script;
import io.parallax.model.EntityType;
import io.parallax.ner.fallback.NerCues.Kind;

/**
 * People: name words after a title or role ("Herr Müller", "Präsident Macron", "M. Dupont", "Hafenchef
 * Engström" in languages that write roles as compounds), a given name followed by more name words ("Katharina
 * Obermaier"), and name words ending in a surname ending ("Julija Chomenko"; a single word only for endings of
 * {@value #LONG_ENDING} letters or more, such as "-enko"). Stateless.
 */
final class PersonRule {

    /** Longest personal name, in tokens. */
    static final int MAX_TOKENS = 4;
    /** Endings at least this long mark a surname on their own ("Chartschenko"); shorter ones need a first name. */
    static final int LONG_ENDING = 4;
    /** Shortest stem before a surname ending or after a compound's role ("Hafen" + "chef"). */
    private static final int MIN_STEM = 3;
    /** Shortest role word recognised at the end of a compound ("chef", not "dr"). */
    private static final int MIN_ROLE = 4;
    /** Longest person's name in a caseless script, in tokens. */
    private static final int MAX_CASELESS_TOKENS = 3;
    /** Longest dotted foreign name, in tokens: four parts of a few characters, and their dots. */
    private static final int MAX_DOTTED_TOKENS = 24;
    /** Least count in the name lexicon for a caseless word to continue a person's name. */
    private static final int MIN_CASELESS_COUNT = 3;

    private PersonRule() {
    }

    static void propose(Line line, Chart chart) {
        for (int i = 0; i < line.size(); i++) {
            if (line.nameWord(i) && line.word(i).letters >= 2) {
                afterTitle(line, chart, i);
                givenName(line, chart, i);
                surname(line, chart, i);
            } else if (line.word(i).shape == Word.Shape.CASELESS) {
                caselessName(line, chart, i);
            } else if (line.word(i).isNameDot()) {
                dottedName(line, chart, i);
            }
        }
    }

    /**
     * In a script without case, the lexicon is the only sign of a person: a given name followed by one or two words
     * of people's names ("دونالد ترامب").
     */
    private static void caselessName(Line line, Chart chart, int i) {
        NameLexicon names = line.model().shared().names();
        if (line.word(i).letters < 2 || !isGivenName(line, line.word(i))) {
            return;
        }
        int end = i + 1;
        while (end < line.size() && end - i < MAX_CASELESS_TOKENS && line.word(end).shape == Word.Shape.CASELESS
                && line.word(end).letters >= 2 && names.count(line.word(end).lower) >= MIN_CASELESS_COUNT) {
            end++;
        }
        if (end >= i + 2) {
            chart.add(i, end, EntityType.PER, Evidence.GIVEN_NAME);
        }
    }

    /**
     * A foreign person's name as Chinese and Japanese write it, its parts joined by a dot ("唐纳德·特朗普",
     * "ドナルド・トランプ"), proposed at the first dot. Word segmentation knows no such names, so it leaves their Han
     * characters one by one; a part ends at a word of its dictionary ("众议员杰夫·迪尔": "杰夫·迪尔") unless the
     * lexicon of name words spells the name with it, and at a character of the pack's {@code [name-stop]} list.
     */
    private static void dottedName(Line line, Chart chart, int dot) {
        int start = dot;
        while (start > 0 && namePart(line, start - 1)) {
            start--;
        }
        if (start > 0 && start < dot && nameWord(line, start - 1, dot, start - 1)) {
            start--;   // "布雷 特 · 卡 瓦 诺": segmentation took 布雷 for a word
        }
        if (start == dot || start > 0 && line.word(start - 1).isNameDot()) {
            return;   // no part before the dot, or not the name's first dot
        }
        int end = dot;
        while (end + 1 < line.size() && line.word(end).isNameDot() && namePart(line, end + 1)) {
            int part = ++end;
            while (end < line.size() && (namePart(line, end) || nameWord(line, part, end + 1, end))) {
                end++;   // "哈 里斯": 哈里斯 (Harris) is a name, though segmentation took 里斯 for a word
            }
        }
        if (end > dot && end - start <= MAX_DOTTED_TOKENS) {
            chart.add(start, end, EntityType.PER, Evidence.DOTTED_NAME);
        }
    }

    /**
     * A token that may be part of a dotted foreign name: a Han character standing alone, or a word in katakana;
     * never a character of the pack's {@code [name-stop]} list. A word of two Han characters is part of the name
     * only where the lexicon of name words says so ({@link #nameWord}): more often it is the word after the name
     * ("饰演", "plays").
     */
    private static boolean namePart(Line line, int k) {
        Word w = line.word(k);
        if (w.shape != Word.Shape.CASELESS || line.is(Kind.NAME_STOP, k)) {
            return false;
        }
        Script s = Script.of(w.text);
        if (s == Script.KANA) {
            return w.text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || c == 'ー');
        }
        return s == Script.HAN && w.letters == 1;
    }

    /**
     * True when tokens {@code [from, to)}, among them the word of two Han characters at {@code word}, together
     * spell a name word of the lexicon.
     */
    private static boolean nameWord(Line line, int from, int to, int word) {
        Word w = line.word(word);
        if (w.letters != 2 || Script.of(w.text) != Script.HAN || line.is(Kind.NAME_STOP, word)) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(line.word(k).text);
        }
        String simplified = line.model().shared().keys().romanizer().simplifiedWords(text.toString());
        return line.model().shared().names().count(simplified) > 0;
    }

    private static void afterTitle(Line line, Chart chart, int i) {
        int j = i - 1;
        if (j >= 0 && line.word(j).isPeriod()) {
            j--;
        }
        if (!line.afterAbbreviatedTitle(i) && (j < 0 || !isTitle(line, j))) {
            return;
        }
        int end = nameEnd(line, i);
        int start = i;
        while (end - start >= 3 && line.word(start).shape == Word.Shape.UPPER) {
            start++;   // "Президент США Дональд Трамп": the country's acronym qualifies the title
        }
        if (end > start) {
            chart.add(start, end, EntityType.PER, Evidence.TITLE);
        }
    }

    /** A title or role ending at token {@code j}: a listed phrase, or a compound ending in a role. */
    static boolean isTitle(Line line, int j) {
        NerCues cues = line.cues();
        for (int len = 1; len <= cues.longestTitle() && len <= j + 1; len++) {
            String phrase = line.lower(j - len + 1, j + 1).replace(" - ", "-");
            if (cues.has(Kind.TITLE, phrase) || cues.has(Kind.TITLE, phrase + ".")) {
                return true;
            }
        }
        Word w = line.word(j);
        return cues.settings().compounds() && w.upperInitial() && roleCompound(cues, w.lower);
    }

    private static boolean roleCompound(NerCues cues, String lower) {
        for (String t : cues.words(Kind.TITLE)) {
            if (t.length() >= MIN_ROLE && lower.length() >= t.length() + MIN_STEM && lower.endsWith(t)) {
                return true;
            }
        }
        return false;
    }

    private static void givenName(Line line, Chart chart, int i) {
        Word w = line.word(i);
        if (w.shape != Word.Shape.CAPITALISED || !isGivenName(line, w)) {
            return;
        }
        if (line.cues().settings().capitalisedNouns() && afterArticle(line, i)) {
            return;   // "eine Art Witz", "den Nick Faldos Rekord": the article belongs to a noun
        }
        int end = nameEnd(line, i);
        if (end >= i + 2) {
            chart.add(i, end, EntityType.PER, Evidence.GIVEN_NAME);
        }
    }

    /** A given name, or one in a case form of the language ("Владимиром" → "владимир"). */
    private static boolean isGivenName(Line line, Word w) {
        NameLexicon names = line.model().shared().names();
        return line.cues().forms(w.lower).stream().anyMatch(names::isGiven);
    }

    private static void surname(Line line, Chart chart, int i) {
        int end = nameEnd(line, i);
        if (end <= i || !(i == 0 || !line.nameWord(i - 1)) || isTitle(line, i)) {
            return;
        }
        String last = line.word(end - 1).lower;
        int ending = surnameEnding(line.cues(), last);
        int first = i;
        while (end - first > 2 && line.model().shared().names().count(line.word(first).lower) < 3) {
            first++;   // "Ukrainer Dmytro Chartschenko": a name starts at a name word
        }
        if (end - first >= 2 && ending > 0) {
            chart.add(first, end, EntityType.PER, Evidence.SURNAME);
        } else if (end - i == 1 && ending >= LONG_ENDING && line.capitalised(i)) {
            chart.add(i, end, EntityType.PER, Evidence.SURNAME, 0.9);
        }
    }

    /** Length of the longest surname ending of {@code lower} after a stem of {@value #MIN_STEM}; 0 if none. */
    static int surnameEnding(NerCues cues, String lower) {
        int best = 0;
        for (String e : cues.words(Kind.SURNAME_ENDING)) {
            if (e.length() > best && lower.length() >= e.length() + MIN_STEM && lower.endsWith(e)) {
                best = e.length();
            }
        }
        return best;
    }

    /**
     * The end of a personal name starting at {@code i}: its run of name words, cut before a word that names an
     * organisation's or a place's kind ("Merkel Stiftung" stays an organisation).
     */
    static int nameEnd(Line line, int i) {
        int end = line.runEnd(i, MAX_TOKENS);
        boolean nouns = line.cues().settings().capitalisedNouns();
        for (int k = i + 1; k < end; k++) {
            if (line.is(Kind.ORG_HEAD, k) || line.is(Kind.ORG_DESIGNATOR, k) || line.is(Kind.LOC_HEAD, k)
                    || line.is(Kind.ORG_FINAL, k)) {
                return k;
            }
            if (nouns && (genitive(line, k - 1) || (k >= i + 2 && !nameLike(line, k)))) {
                return k;   // "Bob Woodwards Verwendung", "Robert Mueller Trumps": a noun follows the name
            }
        }
        return end;
    }

    /** A name word ending in a case ending without replacement (German genitive "s"). */
    private static boolean genitive(Line line, int k) {
        Word w = line.word(k);
        for (NerCues.Inflection f : line.cues().inflections()) {
            if (f.replacement().isEmpty() && w.lower.endsWith(f.suffix()) && w.letters > f.suffix().length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** A word that looks like part of a personal name: a name word, a surname ending, an initial or a particle. */
    private static boolean nameLike(Line line, int k) {
        Word w = line.word(k);
        return line.model().shared().names().count(w.lower) >= 3 || surnameEnding(line.cues(), w.lower) > 0
                || line.isInitial(k) || line.connector(k) || w.isPeriod();
    }

    /**
     * A lower-case function word right before that is neither a preposition of place nor a conjunction: an
     * article or pronoun.
     */
    static boolean afterArticle(Line line, int i) {
        if (i == 0) {
            return false;
        }
        Word prev = line.word(i - 1);
        return prev.shape == Word.Shape.LOWER && line.never(i - 1) && !line.is(Kind.LOC_PREPOSITION, i - 1)
                && !line.is(Kind.CONJUNCTION, i - 1);
    }
}
