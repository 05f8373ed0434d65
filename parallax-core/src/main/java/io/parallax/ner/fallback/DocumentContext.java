package io.parallax.ner.fallback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One document as the rules see it: its sentences as {@link Word}s, how each word is written across the
 * document (capitalised mid-sentence, lower case), and a cache of name keys. Made for one call of the finder and
 * confined to its thread.
 */
final class DocumentContext {

    private static final int MID_CAPITALISED = 0;
    private static final int LOWER = 1;

    final FallbackModel model;
    final List<Line> lines;
    private final Map<String, int[]> spellings = new HashMap<>();
    private final java.util.Set<String> afterPreposition = new java.util.HashSet<>();
    private final Map<String, String> keys = new HashMap<>();

    DocumentContext(FallbackModel model, List<String[]> sentences) {
        this.model = model;
        this.lines = new java.util.ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            Word[] words = new Word[s == null ? 0 : s.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = new Word(s[i]);
            }
            boolean afterTitle = !lines.isEmpty() && lines.get(lines.size() - 1).endsWithAbbreviatedTitle();
            lines.add(new Line(this, words, afterTitle));
        }
        for (Line l : lines) {
            count(l);
        }
    }

    /** True when the word is written capitalised after a sentence's first word somewhere, and never lower case. */
    boolean capitalisedElsewhere(String lower) {
        int[] c = spellings.get(lower);
        return c != null && c[MID_CAPITALISED] > 0 && c[LOWER] == 0;
    }

    /** True when the word is written in lower case somewhere in the document. */
    boolean writtenLower(String lower) {
        int[] c = spellings.get(lower);
        return c != null && c[LOWER] > 0;
    }

    /** The name key of one token (cached: transliteration is the costly part). */
    String key(Word w) {
        return keys.computeIfAbsent(w.text, t -> model.shared().keys().key(t));
    }

    /** The name key of a token text given as a string (an inflected form's base). */
    String key(String text) {
        return keys.computeIfAbsent(text, t -> model.shared().keys().key(t));
    }

    /** True when the word follows a preposition of place somewhere in the document ("in München"). */
    boolean afterPlacePreposition(String lower) {
        return afterPreposition.contains(lower);
    }

    private void count(Line l) {
        for (int i = 0; i < l.size(); i++) {
            Word w = l.word(i);
            if (w.upperInitial() && l.afterPlacePreposition(i)) {
                afterPreposition.add(w.lower);
            }
            if (w.shape == Word.Shape.LOWER) {
                slot(w.lower)[LOWER]++;
            } else if (w.upperInitial() && !l.initial(i)) {
                slot(w.lower)[MID_CAPITALISED]++;
            }
        }
    }

    private int[] slot(String lower) {
        return spellings.computeIfAbsent(lower, k -> new int[2]);
    }
}
