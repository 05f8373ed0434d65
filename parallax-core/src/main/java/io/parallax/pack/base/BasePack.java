package io.parallax.pack.base;

import io.parallax.pack.PackResources;
import io.parallax.text.ElisionTokenizer;
import io.parallax.text.IcuSentenceSplitter;
import io.parallax.text.IcuTokenizer;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tokenizer;
import io.parallax.util.Lazy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A base pack for a language Lucene covers: ICU sentences and words, Lucene's stemmer and stop words (joined with
 * the pack's own {@code stopwords.txt}, if any), and the pack files that {@link ResourcePack} loads. No tagger.
 *
 * <p>Thread-safe; every part is created once, on first use. Full packs extend this and replace the parts they
 * have models for.
 */
public class BasePack extends TextPack {

    private final LuceneLanguage lucene;
    private final Lazy<LuceneStemmer> stemmer;
    private final Lazy<Set<String>> stopWords;

    /** @throws IllegalArgumentException when Lucene does not cover the language */
    public BasePack(String language) {
        this(language, () -> new IcuSentenceSplitter(language), () -> tokenizer(language));
    }

    /** ICU words, with elided articles split off ("l'Ukraine") where the pack lists them in {@code elisions.txt}. */
    private static Tokenizer tokenizer(String language) {
        Tokenizer icu = new IcuTokenizer(language);
        List<String> elisions = new PackResources(language).lines("elisions.txt");
        return elisions.isEmpty() ? icu : new ElisionTokenizer(icu, Set.copyOf(elisions));
    }

    /**
     * For full packs: Lucene's stemmer and stop words with the pack's own splitter and tokeniser.
     *
     * @throws IllegalArgumentException when Lucene does not cover the language
     */
    protected BasePack(String language, Supplier<? extends SentenceSplitter> splitter,
                       Supplier<? extends Tokenizer> tokenizer) {
        super(language, splitter, tokenizer);
        this.lucene = LuceneLanguages.all().get(language);
        if (lucene == null) {
            throw new IllegalArgumentException("Lucene has no analysis for language '" + language + "'");
        }
        this.stemmer = Lazy.of(() -> new LuceneStemmer(lucene));
        this.stopWords = Lazy.of(this::loadStopWords);
    }

    @Override
    public String stem(String word) {
        return stemmer.get().stem(word);
    }

    @Override
    public Set<String> stopWords() {
        return stopWords.get();
    }

    private Set<String> loadStopWords() {
        Set<String> words = new HashSet<>(super.stopWords());
        for (Object w : lucene.stopWords().get()) {
            words.add(w instanceof char[] chars ? new String(chars) : w.toString());
        }
        return Set.copyOf(words);
    }
}
