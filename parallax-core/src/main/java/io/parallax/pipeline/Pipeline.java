package io.parallax.pipeline;

import io.parallax.claim.StatementAligner;
import io.parallax.claim.StatementExtractor;
import io.parallax.event.EntityEventClusterer;
import io.parallax.extract.ExtractionException;
import io.parallax.extract.Extractor;
import io.parallax.extract.Extractors;
import io.parallax.lang.LanguageIdentifiers;
import io.parallax.link.EntityLinker;
import io.parallax.link.Linkers;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.RawDocument;
import io.parallax.pack.LanguagePacks;
import io.parallax.quote.QuoteExtractor;
import io.parallax.time.TimeTagger;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The whole pipeline: extraction and the pure per-document stages, plus a factory for the stateful corpus (entity
 * registry, events, claims). {@link #standard} assembles it in one place, so the data flow reads in one screen.
 * Thread-safe: {@link #extract} and {@link #analyze} may run on many threads; each {@link Corpus} has one writer.
 */
public final class Pipeline {

    private final PipelineConfig config;
    private final Extractor extractor;
    private final DocumentAnalyzer analyzer;
    private final Function<List<String>, EntityLinker> linkers;

    public Pipeline(PipelineConfig config, Extractor extractor, DocumentAnalyzer analyzer,
                    Function<List<String>, EntityLinker> linkers) {
        this.config = Objects.requireNonNull(config, "config");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.linkers = Objects.requireNonNull(linkers, "linkers");
    }

    /** The standard assembly: every stage with its default model and the language packs on the class path. */
    public static Pipeline standard(PipelineConfig config) {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(
                LanguageIdentifiers.standard(),                 // lang: ISO 639-1 with confidence
                LanguagePacks.standard(),                       // text, ner, time and quote cues per language
                new TimeTagger(),                               // time: absolute and relative dates
                new QuoteExtractor(),                           // quote: direct and reported speech
                new StatementExtractor());                      // claim: comparable statements
        Linkers linkers = Linkers.standard();                   // link: one gazetteer, a registry per corpus
        return new Pipeline(config, Extractors.standard(config.extraction()), analyzer, linkers::create);
    }

    public PipelineConfig config() {
        return config;
    }

    /** HTML or text to a document. */
    public Document extract(RawDocument raw) throws ExtractionException {
        return extractor.extract(raw);
    }

    /** The per-document stages. */
    public AnalyzedDocument analyze(Document document) {
        return analyzer.analyze(document);
    }

    /**
     * A new, empty corpus.
     *
     * @param decisions the users' decisions about entities (merges, renames …) as stored JSON, applied to every
     *                  document added
     */
    public Corpus newCorpus(List<String> decisions) {
        return new Corpus(linkers.apply(decisions), new EntityEventClusterer(config.events()),
                new StatementAligner(config.claims()));
    }
}
