package io.parallax.pack;

import io.parallax.claim.ClaimLexicon;
import io.parallax.ner.CompoundNames;
import io.parallax.ner.NameFinder;
import io.parallax.quote.QuoteCues;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tagger;
import io.parallax.text.Tokenizer;
import io.parallax.time.DateGrammar;

import java.util.Optional;
import java.util.Set;

/**
 * Everything language-specific that the pipeline needs, for one language. Adding a language means adding a pack
 * (and a {@link LanguagePackProvider} entry), never editing the pipeline.
 *
 * <p>Packs load their models lazily on first use and then share them: every method is thread-safe, and
 * repeated calls return the same component. A component the language lacks is an empty {@link Optional} or a
 * neutral default, never {@code null}.
 */
public interface LanguagePack {

    /** ISO 639-1 code. */
    String language();

    SentenceSplitter sentenceSplitter();

    Tokenizer tokenizer();

    /** Part-of-speech tagger and lemmatiser, where the language has one. */
    default Optional<Tagger> tagger() {
        return Optional.empty();
    }

    /** Reduces a word to a stem for matching and search (light stemming); identity where there is none. */
    default String stem(String word) {
        return word;
    }

    /** Function words, lower case. */
    default Set<String> stopWords() {
        return Set.of();
    }

    /** Named-entity recogniser, where the language has a model. */
    default Optional<NameFinder> nameFinder() {
        return Optional.empty();
    }

    /** How names begin compound words ("Netflix-serie"), for the name finder to read them out. */
    default CompoundNames compoundNames() {
        return CompoundNames.NONE;
    }

    /** Date grammar for this language. */
    default Optional<DateGrammar> dateGrammar() {
        return Optional.empty();
    }

    /** Speech verbs and quotation conventions. */
    default QuoteCues quoteCues() {
        return QuoteCues.NONE;
    }

    /** Negations, number words and hedges, for comparing claims. */
    default ClaimLexicon claimLexicon() {
        return ClaimLexicon.NONE;
    }
}
