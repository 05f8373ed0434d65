package io.parallax.text;

import io.parallax.model.Span;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentence splitting with an OpenNLP maximum-entropy sentence model.
 *
 * <p>Thread-safe: the model is shared and immutable; OpenNLP's {@link ThreadSafeSentenceDetectorME} keeps one
 * (non-thread-safe) detector per thread.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    private final ThreadSafeSentenceDetectorME detector;

    public OpenNlpSentenceSplitter(SentenceModel model) {
        this.detector = new ThreadSafeSentenceDetectorME(Objects.requireNonNull(model, "model"));
    }

    @Override
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(text)) {
            Spans.addTrimmed(text, s.getStart(), s.getEnd(), out);
        }
        return out;
    }
}
