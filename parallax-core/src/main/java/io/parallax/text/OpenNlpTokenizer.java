package io.parallax.text;

import io.parallax.model.Span;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tokenisation with an OpenNLP maximum-entropy tokeniser model.
 *
 * <p>Thread-safe: the model is shared; {@link ThreadSafeTokenizerME} keeps one tokeniser per thread.
 */
public final class OpenNlpTokenizer implements Tokenizer {

    private final ThreadSafeTokenizerME tokenizer;

    public OpenNlpTokenizer(TokenizerModel model) {
        this.tokenizer = new ThreadSafeTokenizerME(Objects.requireNonNull(model, "model"));
    }

    @Override
    public List<Span> tokenize(String text) {
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : tokenizer.tokenizePos(text)) {
            Spans.addTrimmed(text, s.getStart(), s.getEnd(), out);
        }
        return out;
    }
}
