package io.parallax.ner.fallback;

import io.parallax.link.Script;
import io.parallax.ner.fallback.NerCues.Kind;

/**
 * One sentence of a {@link DocumentContext}, with the questions the rules ask about its tokens. Confined to the
 * finder's thread.
 */
final class Line {

    /** Tokens after which the next word starts a sentence or a quotation. */
    private static final String OPENERS = "\"'„“‚‘«‹»(:[{—–¡¿•";

    private final DocumentContext doc;
    private final Word[] words;
    private final int firstWord;
    private final boolean afterTitle;

    /**
     * @param afterTitle the previous sentence ended in an abbreviated title ("M.", "Dr."): sentence splitters
     *                   often break there, but this sentence's first word continues the name
     */
    Line(DocumentContext doc, Word[] words, boolean afterTitle) {
        this.doc = doc;
        this.words = words;
        int f = 0;
        while (f < words.length && words[f].letters == 0) {
            f++;
        }
        this.firstWord = f;
        this.afterTitle = afterTitle && f == 0;
    }

    /** True when token {@code i} follows an abbreviated title that ended the previous sentence. */
    boolean afterAbbreviatedTitle(int i) {
        return afterTitle && i == 0;
    }

    /** True when the sentence ends in an abbreviated title and its period ("… M."). */
    boolean endsWithAbbreviatedTitle() {
        int n = words.length;
        return n >= 2 && words[n - 1].isPeriod() && words[n - 2].upperInitial()
                && cues().has(Kind.TITLE, words[n - 2].lower + ".");
    }

    int size() {
        return words.length;
    }

    Word word(int i) {
        return words[i];
    }

    DocumentContext doc() {
        return doc;
    }

    FallbackModel model() {
        return doc.model;
    }

    NerCues cues() {
        return doc.model.cues();
    }

    /** True for the sentence's first word, and for a word right after an opening quote, bracket or colon. */
    boolean initial(int i) {
        if (i <= firstWord) {
            return !afterTitle;
        }
        String prev = words[i - 1].text;
        return prev.length() == 1 && OPENERS.indexOf(prev.charAt(0)) >= 0;
    }

    /**
     * True when a preposition of place comes right before token {@code i}, or before the lower-case adjectives
     * that precede it ("in München", "im schwedischen Göteborg").
     */
    boolean afterPlacePreposition(int i) {
        int j = i - 1;
        while (j >= 0 && j >= i - 3 && words[j].shape == Word.Shape.LOWER && !never(j)
                && !is(Kind.LOC_PREPOSITION, j)) {
            j--;
        }
        if (is(Kind.LOC_PREPOSITION, j)) {
            return true;
        }
        // the second of two coordinated places: "in München und Warschau"
        boolean joined = i >= 2 && (is(Kind.CONJUNCTION, i - 1) || words[i - 1].text.equals(","));
        return joined && words[i - 2].upperInitial() && afterPlacePreposition(i - 2);
    }

    /** A function word or a listed non-name. */
    boolean never(int i) {
        return doc.model.never(words[i].lower);
    }

    boolean is(Kind kind, int i) {
        return i >= 0 && i < words.length && cues().has(kind, words[i].lower);
    }

    /**
     * Capitalisation that says "name": an upper-initial word that is not a function word, written so either
     * after the sentence's first word or, at its start, also capitalised elsewhere in the document and never in
     * lower case.
     */
    boolean capitalised(int i) {
        Word w = words[i];
        if (!w.upperInitial() || w.letters < 2 || never(i)) {
            return false;
        }
        return !initial(i) || doc.capitalisedElsewhere(w.lower);
    }

    /** An upper-initial word that may be part of a name wherever it stands (not a function word). */
    boolean nameWord(int i) {
        Word w = words[i];
        return w.upperInitial() && !never(i) && (w.letters >= 2 || isInitial(i));
    }

    /** A single capital letter followed by a period token: an initial ("J. K."). */
    boolean isInitial(int i) {
        return words[i].letters == 1 && words[i].upperInitial() && i + 1 < words.length && words[i + 1].isPeriod();
    }

    /** A word that joins parts of a name (particles such as "von", "de la"; a hyphen between two words). */
    boolean connector(int i) {
        Word w = words[i];
        if (w.isHyphen()) {
            return i > 0 && i + 1 < words.length && words[i - 1].letters > 0 && words[i + 1].letters > 0;
        }
        return w.shape == Word.Shape.LOWER && cues().has(Kind.CONNECTOR, w.lower);
    }

    /**
     * The end (exclusive) of the run of name words starting at {@code start}: name words, initials with their
     * periods, and connectors between name words, at most {@code max} tokens. {@code start} itself if it does
     * not start a run.
     */
    int runEnd(int start, int max) {
        int end = start;
        int i = start;
        int limit = Math.min(words.length, start + max);
        while (i < limit) {
            if (nameWord(i)) {
                i += isInitial(i) ? 2 : 1;
                end = Math.min(i, limit);
            } else if (i > start && connector(i)) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The name key of tokens {@code [start, end)}, the last replaced by {@code last} when not null. */
    String key(int start, int end, String last) {
        if (han(start, end)) {
            return hanKey(start, end, last);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            String k = i == end - 1 && last != null ? doc.key(last) : doc.key(words[i]);
            if (!k.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(k);
            }
        }
        return sb.toString();
    }

    /** True when a token of {@code [start, end)} is written in Han characters. */
    private boolean han(int start, int end) {
        for (int i = start; i < end; i++) {
            if (Script.of(words[i].text) == Script.HAN) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key of the tokens' text run together, as Chinese is written: a Han name is keyed as written, so the key
     * of its characters one by one would never match it.
     */
    private String hanKey(int start, int end, String last) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            text.append(i == end - 1 && last != null ? last : words[i].text);
        }
        return doc.key(text.toString());
    }

    /** Text of tokens {@code [start, end)} in lower case, joined by single spaces. */
    String lower(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(words[i].lower);
        }
        return sb.toString();
    }

    /** Share of the words with letters that are all capitals (headlines and datelines in capitals). */
    double upperShare() {
        int letters = 0;
        int upper = 0;
        for (Word w : words) {
            if (w.letters > 1) {
                letters++;
                upper += w.shape == Word.Shape.UPPER ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) upper / letters;
    }

    /** True when one of the words of {@code [start, end)} is also written in lower case in the document. */
    boolean writtenLowerAnywhere(int start, int end) {
        for (int i = start; i < end; i++) {
            if (doc.writtenLower(words[i].lower)) {
                return true;
            }
        }
        return false;
    }
}
