package io.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the per-document stages found in one document. Produced by a pure function of the document, so it
 * can be computed on any thread and any machine.
 */
public record AnalyzedDocument(Document document, LanguageGuess language, List<Sentence> sentences,
                               List<Mention> mentions, List<TimeExpression> times, List<Quote> quotes,
                               List<Statement> statements) {

    public AnalyzedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        statements = List.copyOf(statements);
    }

    public String id() {
        return document.id();
    }

    public String lang() {
        return language.language();
    }
}
