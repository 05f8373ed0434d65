package io.parallax.pipeline;

import io.parallax.claim.StatementExtractor;
import io.parallax.lang.LanguageIdentifier;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.LanguageGuess;
import io.parallax.model.Mention;
import io.parallax.model.Quote;
import io.parallax.model.Sentence;
import io.parallax.model.Statement;
import io.parallax.model.TimeExpression;
import io.parallax.ner.MentionFinder;
import io.parallax.pack.LanguagePack;
import io.parallax.pack.LanguagePacks;
import io.parallax.quote.QuoteExtractor;
import io.parallax.text.TextAnalyzer;
import io.parallax.time.TimeTagger;

import java.util.List;
import java.util.Objects;

/**
 * The per-document stages: language, sentences and tokens, names, dates, quotations and statements. A pure
 * function of the document: it reads no corpus state, so it runs on any number of threads (and, later, as a
 * stateless map in a stream job). Thread-safe.
 */
public final class DocumentAnalyzer {

    private final LanguageIdentifier languages;
    private final LanguagePacks packs;
    private final TimeTagger times;
    private final QuoteExtractor quotes;
    private final StatementExtractor statements;

    public DocumentAnalyzer(LanguageIdentifier languages, LanguagePacks packs, TimeTagger times,
                            QuoteExtractor quotes, StatementExtractor statements) {
        this.languages = Objects.requireNonNull(languages, "languages");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.times = Objects.requireNonNull(times, "times");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.statements = Objects.requireNonNull(statements, "statements");
    }

    /** Analyses one document. Never returns {@code null}; text without any language gets the fallback pack. */
    public AnalyzedDocument analyze(Document document) {
        LanguageGuess language = languages.identify(document.text());
        LanguagePack pack = packs.forLanguage(language.language());
        List<Sentence> sentences = new TextAnalyzer(pack.sentenceSplitter(), pack.tokenizer(), pack.tagger())
                .analyze(document.text(), document.paragraphs());
        List<Mention> mentions = pack.nameFinder()
                .map(f -> new MentionFinder(f, pack.compoundNames()).find(document, sentences))
                .orElse(List.of());
        List<TimeExpression> found = times.tag(document.id(), sentences, document.published(), pack.dateGrammar());
        List<Quote> said = quotes.extract(document, sentences, mentions, pack.quoteCues());
        List<Statement> claims = statements.extract(document, language.language(), sentences, mentions, found,
                pack.claimLexicon());
        return new AnalyzedDocument(document, language, sentences, mentions, found, said, claims);
    }
}
