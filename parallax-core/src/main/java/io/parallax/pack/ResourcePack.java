package io.parallax.pack;

import io.parallax.claim.ClaimLexicon;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameFinders;
import io.parallax.quote.QuoteCues;
import io.parallax.time.DateGrammar;
import io.parallax.time.LexiconDateGrammar;
import io.parallax.util.Lazy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A language pack whose data lives in class-path files under {@code /packs/<lang>/}: the NER model, the date
 * lexicon, speech verbs, claim words and stop words. Subclasses supply the text components (splitter, tokeniser,
 * tagger, stemmer). Every part loads lazily, once, on first use; all methods are thread-safe.
 */
public abstract class ResourcePack implements LanguagePack {

    protected final PackResources resources;
    private final Lazy<Optional<NameFinder>> names;
    private final Lazy<Optional<DateGrammar>> dates;
    private final Lazy<QuoteCues> quotes;
    private final Lazy<ClaimLexicon> claims;
    private final Lazy<Set<String>> stopWords;

    protected ResourcePack(String language) {
        this.resources = new PackResources(language);
        this.names = Lazy.of(() -> NameFinders.load(resources)
                .map(f -> NameFinders.withRules(f, resources)));
        this.dates = Lazy.of(() -> LexiconDateGrammar.load(resources));
        this.quotes = Lazy.of(() -> QuoteCues.load(resources));
        this.claims = Lazy.of(() -> ClaimLexicon.load(resources));
        this.stopWords = Lazy.of(() -> Set.copyOf(new HashSet<>(resources.lines("stopwords.txt"))));
    }

    @Override
    public final String language() {
        return resources.language();
    }

    @Override
    public Optional<NameFinder> nameFinder() {
        return names.get();
    }

    @Override
    public Optional<DateGrammar> dateGrammar() {
        return dates.get();
    }

    @Override
    public QuoteCues quoteCues() {
        return quotes.get();
    }

    @Override
    public ClaimLexicon claimLexicon() {
        return claims.get();
    }

    @Override
    public Set<String> stopWords() {
        return stopWords.get();
    }
}
