package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.fallback.NerCues.Kind;

import java.util.regex.Pattern;

/**
 * Acronyms: a long form followed by its acronym in brackets ("Deutscher Wetterdienst (DWD)", "Banque européenne
 * d'investissement (BEI)"), found by Schwartz and Hearst's algorithm (2003), gives both as organisations (or a
 * place, when the long form is one); any other all-capitals word of two to six letters is an organisation with
 * less confidence, except in sentences mostly in capitals (headlines, datelines) and for Roman numerals.
 * Stateless.
 */
final class AcronymRule {

    private static final Pattern ROMAN = Pattern.compile("(?i)[ivxlcdm]+");
    private static final int MAX_LETTERS = 6;
    private static final int MAX_DEFINED = 10;

    private AcronymRule() {
    }

    static void propose(Line line, Chart chart) {
        boolean shouting = line.upperShare() > 0.5;
        for (int i = 0; i < line.size(); i++) {
            if (bracketed(line, i)) {
                defined(line, chart, i);
            } else if (!shouting && bare(line, i)) {
                chart.add(i, i + 1, EntityType.ORG, Evidence.ACRONYM);
            }
        }
    }

    /** An acronym of two to six letters (digits allowed after the first), not a function word. */
    static boolean bare(Line line, int i) {
        Word w = line.word(i);
        return w.shape == Word.Shape.UPPER && w.letters >= 2 && w.letters <= MAX_LETTERS && w.text.length() <= 8
                && Character.isLetter(w.text.charAt(0)) && w.text.chars().allMatch(Character::isLetterOrDigit)
                && !line.never(i) && !ROMAN.matcher(w.text).matches() && !line.is(Kind.ORG_DESIGNATOR, i);
    }

    /** Token {@code i} is an acronym in brackets: "(" ACR ")". */
    private static boolean bracketed(Line line, int i) {
        if (i < 2 || i + 1 >= line.size()) {
            return false;
        }
        Word w = line.word(i);
        return line.word(i - 1).text.equals("(") && line.word(i + 1).text.equals(")")
                && w.shape == Word.Shape.UPPER && w.letters >= 2 && w.letters <= MAX_DEFINED;
    }

    private static void defined(Line line, Chart chart, int acronym) {
        int end = acronym - 1;
        int start = longFormStart(line, line.word(acronym).text, end);
        if (start < 0) {
            if (!line.never(acronym)) {
                chart.add(acronym, acronym + 1, EntityType.ORG, Evidence.ACRONYM);
            }
            return;
        }
        EntityType type = PlaceRule.lookup(line, start, end) != null ? EntityType.LOC : EntityType.ORG;
        chart.add(start, end, type, Evidence.ACRONYM_DEFINED);
        chart.add(acronym, acronym + 1, type, Evidence.ACRONYM_DEFINED);
    }

    /**
     * The first token of the long form that ends before token {@code end} and spells {@code acronym}, or -1. The
     * long form has at most min(|A| + 5, 2|A|) words (Schwartz and Hearst), starts with a capitalised word, and
     * holds no punctuation.
     */
    static int longFormStart(Line line, String acronym, int end) {
        int letters = (int) acronym.chars().filter(Character::isLetterOrDigit).count();
        int from = Math.max(0, end - Math.min(letters + 5, 2 * letters));
        for (int k = end - 1; k >= from; k--) {
            if (line.word(k).letters == 0 && !line.word(k).isHyphen()) {
                from = k + 1;
                break;
            }
        }
        if (from >= end) {
            return -1;
        }
        StringBuilder text = new StringBuilder();
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        for (int k = from; k < end; k++) {
            if (k > from) {
                text.append(' ');
            }
            starts.add(text.length());
            text.append(line.word(k).lower);
        }
        int at = schwartzHearst(acronym.toLowerCase(java.util.Locale.ROOT), text.toString());
        if (at < 0) {
            return -1;
        }
        int token = from;
        for (int k = 0; k < starts.size(); k++) {
            if (starts.get(k) <= at) {
                token = from + k;
            }
        }
        return line.word(token).upperInitial() ? token : -1;
    }

    /** Schwartz and Hearst's matcher: the start of the shortest long form in {@code text}, or -1. */
    static int schwartzHearst(String acronym, String text) {
        int s = acronym.length() - 1;
        int l = text.length() - 1;
        while (s >= 0) {
            char c = acronym.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (text.charAt(l) != c
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(text.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return -1;
            }
            l--;
            s--;
        }
        return text.lastIndexOf(' ', l) + 1;
    }
}
