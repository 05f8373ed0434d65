package io.parallax.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;
import io.parallax.ner.corpus.EntityTags;

import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's English CoNLL NER (the 4-class CRF with distributional-similarity features) behind our
 * {@link NameFinder} interface, fed the same tokens. A benchmark peer only: CoreNLP is GPL and never ships.
 */
final class CoreNlpNer implements NameFinder {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;

    private CoreNlpNer(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    /** Loads the model from the CoreNLP models jar on the class path. */
    static CoreNlpNer load() {
        try {
            return new CoreNlpNer(CRFClassifier.getClassifier(MODEL));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load CoreNLP model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<NameSpan> find(String[] tokens) {
        if (tokens.length == 0) {
            return List.of();
        }
        List<CoreLabel> sentence = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(t);
            label.setValue(t);
            label.setOriginalText(t);
            sentence.add(label);
        }
        List<String> tags = new ArrayList<>(tokens.length);
        for (CoreLabel label : crf.classifySentence(sentence)) {
            tags.add(label.get(CoreAnnotations.AnswerAnnotation.class));
        }
        return EntityTags.spans(tags);
    }
}
