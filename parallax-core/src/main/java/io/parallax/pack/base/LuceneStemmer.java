package io.parallax.pack.base;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Stems single words with a Lucene language's normalisation and stemming filters.
 *
 * <p>Thread-safe: Lucene's {@link Analyzer} keeps its reusable token-stream components per thread.
 */
public final class LuceneStemmer {

    private final Locale locale;
    private final Analyzer analyzer;

    public LuceneStemmer(LuceneLanguage language) {
        this.locale = Locale.forLanguageTag(language.language());
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, language.stemChain().apply(source));
            }
        };
    }

    /**
     * The stem of one word: lower-cased with the language's rules (Turkish dotless i, Greek final sigma), then
     * normalised and stemmed. Never {@code null}; an empty word stays empty.
     */
    public String stem(String word) {
        String lower = word.toLowerCase(locale);
        if (lower.isEmpty()) {
            return lower;
        }
        try (TokenStream ts = analyzer.tokenStream("w", lower)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() && term.length() > 0 ? term.toString() : lower;
            ts.end();
            return out;
        } catch (IOException e) {
            // Reading a String cannot fail; this is a Lucene contract violation.
            throw new UncheckedIOException(e);
        }
    }
}
