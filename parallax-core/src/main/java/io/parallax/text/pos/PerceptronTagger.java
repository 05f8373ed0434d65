package io.parallax.text.pos;

import io.parallax.text.Tagger;

import java.util.Objects;

/**
 * A {@link Tagger} from {@link PerceptronModel}s (UPOS, greedy left to right; an optional second pass sees the
 * first pass's tags to the right, which settles AUX/VERB, DET/PRON and ADP/SCONJ better) and a {@link LemmaModel}.
 *
 * <p>Thread-safe: both models are immutable and each call keeps its state on the stack.
 */
public final class PerceptronTagger implements Tagger {

    private final PerceptronModel pos;
    private final PerceptronModel second;
    private final LemmaModel lemmas;

    /**
     * @param pos    the first-pass model (left context only)
     * @param second a second-pass model that also sees the first pass's tags to the right, or {@code null}
     * @param lemmas the lemmatiser
     */
    public PerceptronTagger(PerceptronModel pos, PerceptronModel second, LemmaModel lemmas) {
        this.pos = Objects.requireNonNull(pos, "pos");
        this.second = second;
        this.lemmas = Objects.requireNonNull(lemmas, "lemmas");
    }

    @Override
    public String[] tag(String[] tokens) {
        String[] first = pass(pos, tokens, null);
        return second == null ? first : pass(second, tokens, first);
    }

    /** Greedy left-to-right tagging with one model. */
    static String[] pass(PerceptronModel model, String[] tokens, String[] guesses) {
        String[] out = new String[tokens.length];
        String prev = "<s>";
        String prev2 = "<s>";
        for (int i = 0; i < tokens.length; i++) {
            out[i] = model.tags().get(model.predict(PosFeatures.of(tokens, i, prev, prev2, model.ambiguity(), guesses)));
            prev2 = prev;
            prev = out[i];
        }
        return out;
    }

    @Override
    public String[] lemmatize(String[] tokens, String[] tags) {
        if (tags.length != tokens.length) {
            throw new IllegalArgumentException("need one tag per token: " + tokens.length + " tokens, " + tags.length + " tags");
        }
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = lemmas.lemma(tokens[i], tags[i]);
        }
        return out;
    }
}
