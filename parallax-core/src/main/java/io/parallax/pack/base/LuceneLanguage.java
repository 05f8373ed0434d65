package io.parallax.pack.base;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How Lucene analyses one language: its default stop words and the filter chain that normalises and stems a
 * lower-cased word (the same filters as Lucene's analyser for that language, without the tokeniser and the stop
 * filter).
 *
 * @param language ISO 639-1 code
 * @param stopWords Lucene's default stop set for the language
 * @param stemChain wraps a stream of lower-cased single words in the language's normalisation and stemming filters
 */
public record LuceneLanguage(String language, Supplier<CharArraySet> stopWords, UnaryOperator<TokenStream> stemChain) {
}
