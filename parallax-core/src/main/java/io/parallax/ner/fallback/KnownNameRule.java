package io.parallax.ner.fallback;

/**
 * Names the shipped {@link KnownNames} list knows ("Reuters", "Associated Press", "Twitter"), with the type they
 * usually have and a confidence scaled by how consistently they have it. The longest known run of words wins. A
 * single word needs name-like capitalisation here ({@link Line#capitalised}); where every noun is capitalised it
 * must also be frequent and nearly always the same type, and never written in lower case in the document.
 * Stateless.
 */
final class KnownNameRule {

    /** Where every noun is capitalised: least count and purity of a one-word known name. */
    private static final int NOUN_LANGUAGE_COUNT = 10;
    private static final double NOUN_LANGUAGE_PURITY = 0.9;

    private KnownNameRule() {
    }

    static void propose(Line line, Chart chart) {
        KnownNames known = line.model().shared().known();
        if (known.size() == 0) {
            return;
        }
        String[] keys = new String[line.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = KnownNames.key(line.word(i).text);
        }
        for (int i = 0; i < line.size(); i++) {
            if (line.word(i).upperInitial() && !line.never(i) && known.startsName(keys[i])) {
                longest(line, chart, known, keys, i);
            }
        }
    }

    private static void longest(Line line, Chart chart, KnownNames known, String[] keys, int start) {
        int max = Math.min(line.size(), start + KnownNames.MAX_WORDS);
        String[] phrase = new String[max - start];
        StringBuilder sb = new StringBuilder();
        for (int end = start + 1; end <= max; end++) {
            String k = keys[end - 1];
            if (!k.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(k);
            }
            phrase[end - start - 1] = sb.toString();
        }
        for (int end = max; end > start; end--) {
            Word last = line.word(end - 1);
            if (!last.upperInitial() && !last.lower.chars().allMatch(Character::isDigit)) {
                continue;
            }
            KnownNames.Entry e = known.lookup(phrase[end - start - 1]);
            if (e != null && acceptable(line, start, end, e)) {
                chart.add(start, end, e.type(), Evidence.KNOWN_NAME, e.purity());
                return;
            }
        }
    }

    private static boolean acceptable(Line line, int start, int end, KnownNames.Entry e) {
        if (end - start > 1) {
            return true;
        }
        Word w = line.word(start);
        if (!line.capitalised(start) || w.letters < 2) {
            return false;
        }
        boolean nouns = line.cues().settings().capitalisedNouns();
        return !nouns || (e.count() >= NOUN_LANGUAGE_COUNT && e.purity() >= NOUN_LANGUAGE_PURITY
                && !line.doc().writtenLower(w.lower));
    }
}
