package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.fallback.NerCues.Kind;

/**
 * Names by capitalisation alone. {@link #quoted} finds capitalised words between quotation marks (ship,
 * programme and work titles: „Baltic Aurora“, « Connecting Europe »). {@link #bare} finds runs of capitalised
 * words that no stronger rule explained: after a sentence's first word, or at its start when the next word is
 * capitalised too or the word is capitalised elsewhere and never lower case. Runs whose words are people's name
 * words are people; the rest are MISC, with low confidence.
 *
 * <p>In languages that capitalise every noun a capitalised word says little, so a bare run counts only when it
 * has two words or more and starts with a capitalised adjective ("Englischer Garten") or consists of name words
 * only. Stateless.
 */
final class CapitalisationRule {

    private static final String OPENING = "\"„“‚‘«‹'";
    private static final String CLOSING = "\"“”‘’»›'";
    private static final int MAX_QUOTED = 5;
    /** Least count in the name lexicon for a word to make a run a person's name. */
    private static final int NAME_COUNT = 3;
    /** Least count in the name lexicon for a single word to be taken for a person. */
    private static final int SINGLE_NAME_COUNT = 20;

    private CapitalisationRule() {
    }

    static void quoted(Line line, Chart chart) {
        for (int i = 0; i + 2 < line.size(); i++) {
            if (!isQuote(line.word(i), OPENING)) {
                continue;
            }
            int end = line.runEnd(i + 1, MAX_QUOTED);
            int words = end - i - 1;
            if (words >= 2 && end < line.size() && isQuote(line.word(end), CLOSING)) {
                chart.add(i + 1, end, EntityType.MISC, Evidence.QUOTED);
            }
        }
    }

    /**
     * Proposes the bare runs among tokens not yet {@code covered}.
     *
     * @param covered per token: true when a stronger rule already named it
     */
    static void bare(Line line, Chart chart, boolean[] covered) {
        int i = 0;
        while (i < line.size()) {
            if (covered[i] || !starts(line, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < line.size() && !covered[end] && continues(line, end)) {
                end++;
            }
            end = trimEnd(line, i, end);
            if (end > i) {
                emit(line, chart, i, end);
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean starts(Line line, int i) {
        if (line.is(Kind.TITLE, i) || line.is(Kind.NOT_NAME, i)) {
            return false;
        }
        if (line.capitalised(i)) {
            return true;
        }
        // a sentence's first word starts a name when the next word is capitalised and it is no common word
        return line.initial(i) && !line.cues().settings().capitalisedNouns() && line.nameWord(i)
                && line.word(i).letters >= 2 && !line.doc().writtenLower(line.word(i).lower)
                && i + 1 < line.size() && line.capitalised(i + 1);
    }

    private static boolean continues(Line line, int i) {
        return (line.capitalised(i) && !line.is(Kind.NOT_NAME, i)) || line.isInitial(i)
                || (line.word(i).isPeriod() && i > 0 && line.isInitial(i - 1))
                || (line.connector(i) && i + 1 < line.size() && line.capitalised(i + 1));
    }

    private static int trimEnd(Line line, int start, int end) {
        int e = end;
        while (e > start && (line.connector(e - 1) || line.word(e - 1).isPeriod())) {
            e--;
        }
        return e;
    }

    private static void emit(Line line, Chart chart, int start, int end) {
        FallbackConfig config = line.model().config();
        if (line.cues().settings().capitalisedNouns()) {
            if (end - start >= 2 && !line.initial(start) && HeadRule.adjective(line, start)) {
                chart.add(start, end, EntityType.MISC, Evidence.CAPITALISED);
            }
            return;
        }
        if (personWords(line, start, end)) {
            chart.add(start, end, EntityType.PER, Evidence.CAPITALISED_PERSON);
        } else {
            chart.add(start, end, EntityType.MISC, Evidence.CAPITALISED);
        }
    }

    /**
     * True when the words are people's name words: the first and the last (or the last has a surname ending);
     * a single word only when it is common in people's names.
     */
    private static boolean personWords(Line line, int start, int end) {
        NameLexicon names = line.model().shared().names();
        String last = line.word(end - 1).lower;
        if (line.writtenLowerAnywhere(start, end)) {
            return false;
        }
        if (end - start == 1) {
            return names.count(last) >= SINGLE_NAME_COUNT || PersonRule.surnameEnding(line.cues(), last) > 0;
        }
        boolean lastOk = names.count(last) >= NAME_COUNT || PersonRule.surnameEnding(line.cues(), last) > 0;
        return names.count(line.word(start).lower) >= NAME_COUNT && lastOk;
    }

    private static boolean isQuote(Word w, String marks) {
        return w.text.length() == 1 && marks.indexOf(w.text.charAt(0)) >= 0;
    }
}
