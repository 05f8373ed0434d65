package io.parallax.ner;

import io.parallax.model.Document;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Runs a {@link NameFinder} over a document's sentences and turns its token spans into {@link Mention}s with
 * document offsets. The whole document goes to the finder at once ({@link NameFinder#findAll}), so recognisers that
 * use document context see it, as they do when evaluated.
 *
 * <p>Names that begin compound words ({@link CompoundNames}: "en Netflix-serie") are found by a second reading of
 * the sentences that hold such a word outside any name, with the word replaced by its name part ("en Netflix"): a
 * name the finder sees there, ending at that word, becomes a mention of the name part's characters alone. Corpora
 * label these compounds O, so the first reading misses them, though the name is as much a mention as any other.
 * Thread-safe when the name finder is.
 */
public final class MentionFinder {

    private final NameFinder finder;
    private final CompoundNames compounds;

    /** A finder that reads no names out of compound words. */
    public MentionFinder(NameFinder finder) {
        this(finder, CompoundNames.NONE);
    }

    public MentionFinder(NameFinder finder, CompoundNames compounds) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.compounds = Objects.requireNonNull(compounds, "compounds");
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
        List<String[]> tokens = sentences.stream().map(Sentence::tokenTexts).toList();
        List<List<NameSpan>> found = finder.findAll(tokens);
        List<List<NameSpan>> inCompounds = compoundNames(tokens, found);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<NameSpan> spans = new ArrayList<>(found.get(i));
            spans.addAll(inCompounds.get(i));
            spans.sort(Comparator.comparingInt(NameSpan::start));
            for (NameSpan span : spans) {
                out.add(mention(document, text, s, span, inCompounds.get(i).contains(span)));
            }
        }
        return out;
    }

    /** A span's mention; one read out of a compound ends where the compound's name part does. */
    private Mention mention(String document, String text, Sentence s, NameSpan span, boolean inCompound) {
        List<Token> tokens = s.tokens();
        int start = tokens.get(span.start()).start();
        Token last = tokens.get(span.end() - 1);
        int end = inCompound ? last.start() + compounds.nameLength(last.text()) : last.end();
        return new Mention(text.substring(start, end), span.type(),
                new Provenance(document, start, end, span.confidence()), s.index());
    }

    /**
     * The second reading: for each sentence, the names that end at the name part of a compound word that no name
     * of the first reading touches, whose other words are as written and outside those names (empty lists for the
     * other sentences).
     */
    private List<List<NameSpan>> compoundNames(List<String[]> sentences, List<List<NameSpan>> found) {
        List<List<NameSpan>> out = new ArrayList<>();
        List<Integer> reread = new ArrayList<>();
        List<String[]> variants = new ArrayList<>();
        List<boolean[]> named = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>());
            boolean[] covered = covered(sentences.get(i).length, found.get(i));
            String[] variant = variant(sentences.get(i), covered);
            if (variant != null) {
                reread.add(i);
                variants.add(variant);
                named.add(covered);
            }
        }
        List<List<NameSpan>> second = variants.isEmpty() ? List.of() : finder.findAll(variants);
        for (int k = 0; k < reread.size(); k++) {
            int i = reread.get(k);
            for (NameSpan span : second.get(k)) {
                if (endsInCompound(span, sentences.get(i), variants.get(k), named.get(k))) {
                    out.get(i).add(span);
                }
            }
        }
        return out;
    }

    /** The sentence with each compound outside a name cut to its name part, or null when it has none. */
    private String[] variant(String[] tokens, boolean[] named) {
        String[] variant = tokens.clone();
        boolean changed = false;
        for (int t = 0; t < tokens.length; t++) {
            int n = named[t] ? 0 : compounds.nameLength(tokens[t]);
            if (n > 0) {
                variant[t] = tokens[t].substring(0, n);
                changed = true;
            }
        }
        return changed ? variant : null;
    }

    /** True for a name of the second reading whose last word is a cut compound and whose other words are not. */
    private static boolean endsInCompound(NameSpan span, String[] tokens, String[] variant, boolean[] named) {
        int last = span.end() - 1;
        return !variant[last].equals(tokens[last]) && IntStream.range(span.start(), last)
                .allMatch(t -> !named[t] && variant[t].equals(tokens[t]));
    }

    private static boolean[] covered(int length, List<NameSpan> spans) {
        boolean[] named = new boolean[length];
        for (NameSpan span : spans) {
            Arrays.fill(named, span.start(), span.end(), true);
        }
        return named;
    }
}
