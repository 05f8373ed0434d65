package io.parallax.ner;

import io.parallax.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A recogniser wrapped by a rule that corrects what it finds, sentence by sentence: the rule sees each sentence's
 * tokens and the wrapped recogniser's names, and returns the names to keep; a rule may then look at the whole
 * document. Document context reaches the wrapped recogniser through {@link #findAll}. Thread-safe when the wrapped recogniser and the rule are.
 */
abstract class NameRefiner implements NameFinder {

    private final NameFinder finder;

    NameRefiner(NameFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** The names to report for one sentence, given what the wrapped recogniser found there, in token order. */
    abstract List<NameSpan> refine(String[] tokens, List<NameSpan> found);

    @Override
    public final List<NameSpan> find(String[] tokens) {
        return refine(tokens, finder.find(tokens));
    }

    @Override
    public final List<List<NameSpan>> findAll(List<String[]> sentences) {
        List<List<NameSpan>> found = finder.findAll(sentences);
        List<List<NameSpan>> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            out.add(refine(sentences.get(i), found.get(i)));
        }
        return refineDocument(sentences, out);
    }

    /**
     * The names of a sentence with every one-word name that {@code is} accepts typed {@code type}: a one-word name
     * found with another type is retyped (keeping its confidence), and a word outside any name becomes a name at
     * {@code confidence}. The shared step of rules that know a kind of word whatever the recogniser said (road
     * numbers, organisation compounds).
     */
    static List<NameSpan> oneWordNames(String[] tokens, List<NameSpan> spans, IntPredicate is,
                                       EntityType type, double confidence) {
        boolean[] taken = new boolean[tokens.length];
        spans.forEach(s -> Arrays.fill(taken, s.start(), s.end(), true));
        List<NameSpan> out = new ArrayList<>(spans.size() + 1);
        for (NameSpan s : spans) {
            boolean retype = s.end() == s.start() + 1 && s.type() != type && is.test(s.start());
            out.add(retype ? new NameSpan(s.start(), s.end(), type, s.confidence()) : s);
        }
        for (int i = 0; i < tokens.length; i++) {
            if (!taken[i] && is.test(i)) {
                out.add(new NameSpan(i, i + 1, type, confidence));
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }

    /** Which names of a sentence a document-wide rule retypes. */
    @FunctionalInterface
    interface Retype {
        boolean test(String[] tokens, NameSpan name);
    }

    /**
     * The names of a document with those that {@code which} accepts typed {@code type}, keeping their spans and
     * confidences: the shared step of rules that learn from one name how to type others in the same document
     * (organisation designators, surnames).
     */
    static List<List<NameSpan>> retyped(List<String[]> sentences, List<List<NameSpan>> found, Retype which,
                                        EntityType type) {
        List<List<NameSpan>> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            String[] tokens = sentences.get(i);
            out.add(found.get(i).stream().map(s -> s.type() != type && which.test(tokens, s)
                    ? new NameSpan(s.start(), s.end(), type, s.confidence()) : s).toList());
        }
        return out;
    }

    /** How a rule grows one name: the name, and the token where the next name starts (or the sentence's end). */
    @FunctionalInterface
    interface Growth {
        NameSpan grow(NameSpan name, int limit);
    }

    /**
     * The names of a sentence, each grown by {@code growth} up to the next name: the shared step of rules that
     * extend names with the words after them (epithets, institutions).
     */
    static List<NameSpan> grown(String[] tokens, List<NameSpan> spans, Growth growth) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int limit = i + 1 < spans.size() ? spans.get(i + 1).start() : tokens.length;
            out.add(growth.grow(spans.get(i), limit));
        }
        return out;
    }

    /**
     * The names to report for a whole document, given the sentence-by-sentence refined ones; one list per sentence.
     * By default, those.
     */
    List<List<NameSpan>> refineDocument(List<String[]> sentences, List<List<NameSpan>> found) {
        return found;
    }
}
