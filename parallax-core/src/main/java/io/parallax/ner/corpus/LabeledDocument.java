package io.parallax.ner.corpus;

import java.util.List;

/**
 * A document of a labelled corpus: the sentences between two {@code -DOCSTART-} (or {@code # newdoc}) markers.
 * Corpora without document markers are one document per file.
 *
 * @param id        the document's identifier within its corpus (its ordinal when the corpus names none)
 * @param sentences the sentences in order
 */
public record LabeledDocument(String id, List<LabeledSentence> sentences) {

    public LabeledDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(LabeledSentence::size).sum();
    }

    /** The tokens of each sentence, as the document-level finder takes them. */
    public List<String[]> tokenArrays() {
        return sentences.stream().map(LabeledSentence::tokenArray).toList();
    }
}
