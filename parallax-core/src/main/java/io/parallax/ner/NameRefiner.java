package io.parallax.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     * The names to report for a whole document, given the sentence-by-sentence refined ones; one list per sentence.
     * By default, those.
     */
    List<List<NameSpan>> refineDocument(List<String[]> sentences, List<List<NameSpan>> found) {
        return found;
    }
}
