package io.parallax.ner;

import io.parallax.model.Document;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link NameFinder} over a document's sentences and turns its token spans into {@link Mention}s with
 * document offsets. The whole document goes to the finder at once ({@link NameFinder#findAll}), so recognisers that
 * use document context see it, as they do when evaluated. Thread-safe when the name finder is.
 */
public final class MentionFinder {

    private final NameFinder finder;

    public MentionFinder(NameFinder finder) {
        this.finder = finder;
    }

    /**
     * The mentions of a document, in text order. A mention that names the document's own outlet is typed as an
     * organisation, whatever the recogniser said: in "first published on The Conversation" the outlet looks like a
     * place to a model, but the document's metadata says it is its publisher.
     */
    public List<Mention> find(Document document, List<Sentence> sentences) {
        List<Mention> found = find(document.id(), document.text(), sentences);
        String outlet = document.outlet();
        if (outlet == null || outlet.isBlank()) {
            return found;
        }
        return found.stream().map(m -> m.type() != EntityType.ORG && m.text().equalsIgnoreCase(outlet.strip())
                ? new Mention(m.text(), EntityType.ORG, m.provenance(), m.sentence()) : m).toList();
    }

    /** The mentions of every sentence, in text order. */
    public List<Mention> find(String document, String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        List<List<NameSpan>> found = finder.findAll(sentences.stream().map(Sentence::tokenTexts).toList());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> tokens = s.tokens();
            for (NameSpan span : found.get(i)) {
                int start = tokens.get(span.start()).start();
                int end = tokens.get(span.end() - 1).end();
                out.add(new Mention(text.substring(start, end), span.type(),
                        new Provenance(document, start, end, span.confidence()), s.index()));
            }
        }
        return out;
    }
}
