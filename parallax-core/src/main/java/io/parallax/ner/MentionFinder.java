package io.parallax.ner;

import io.parallax.model.Mention;
import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link NameFinder} over a document's sentences and turns its token spans into {@link Mention}s with
 * document offsets. Thread-safe when the name finder is.
 */
public final class MentionFinder {

    private final NameFinder finder;

    public MentionFinder(NameFinder finder) {
        this.finder = finder;
    }

    /** The mentions of every sentence, in text order. */
    public List<Mention> find(String document, String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            if (tokens.isEmpty()) {
                continue;
            }
            for (NameSpan span : finder.find(s.tokenTexts())) {
                int start = tokens.get(span.start()).start();
                int end = tokens.get(span.end() - 1).end();
                out.add(new Mention(text.substring(start, end), span.type(),
                        new Provenance(document, start, end, span.confidence()), s.index()));
            }
        }
        return out;
    }
}
