package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * The word knowledge a model's features read besides its weights: Brown clusters, gazetteers, how often words
 * are capitalised, and the forms of a spelling dictionary. Immutable.
 *
 * @param clusters   hierarchical word clusters
 * @param gazetteer  lists of known names
 * @param cases      capitalisation of words in running text
 * @param dictionary word forms of a spelling dictionary ({@link DictionaryWords#none()} for none: its features
 *                   then never fire, so models without one keep their feature keys)
 * @param embeddings a second view of words: hierarchical k-means clusters of word vectors learnt from the same
 *                   text as the Brown clusters, keyed by the lower-cased word ({@link WordClusters#none()} for
 *                   none: its features then never fire)
 * @param vectors    a third view of words: the same kind of tree of pretrained word vectors, keyed by the
 *                   lower-cased word ({@link WordClusters#none()} for none)
 */
public record Lexicons(WordClusters clusters, Gazetteer gazetteer, CaseLexicon cases, DictionaryWords dictionary,
                       WordClusters embeddings, WordClusters vectors) {

    public Lexicons {
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(embeddings, "embeddings");
        Objects.requireNonNull(vectors, "vectors");
    }

    /** Lexicons without clusters of pretrained vectors. */
    public Lexicons(WordClusters clusters, Gazetteer gazetteer, CaseLexicon cases, DictionaryWords dictionary,
                    WordClusters embeddings) {
        this(clusters, gazetteer, cases, dictionary, embeddings, WordClusters.none());
    }

    /** Lexicons without embedding clusters. */
    public Lexicons(WordClusters clusters, Gazetteer gazetteer, CaseLexicon cases, DictionaryWords dictionary) {
        this(clusters, gazetteer, cases, dictionary, WordClusters.none());
    }

    /** Lexicons without a spelling dictionary. */
    public Lexicons(WordClusters clusters, Gazetteer gazetteer, CaseLexicon cases) {
        this(clusters, gazetteer, cases, DictionaryWords.none());
    }

    public static Lexicons none() {
        return new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none());
    }

    void write(DataOutput out) throws IOException {
        clusters.write(out);
        gazetteer.write(out);
        cases.write(out);
        dictionary.write(out);
        embeddings.write(out);
        vectors.write(out);
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @param withDictionary false for model files of format 4, written before lexicons had a dictionary
     * @param withEmbeddings false for model files of formats 4 and 5, written before lexicons had embedding
     *                       clusters
     * @param withVectors    false for model files of formats 4 to 6, written before lexicons had clusters of
     *                       pretrained vectors
     */
    static Lexicons read(DataInput in, boolean withDictionary, boolean withEmbeddings, boolean withVectors)
            throws IOException {
        return new Lexicons(WordClusters.read(in), Gazetteer.read(in), CaseLexicon.read(in),
                withDictionary ? DictionaryWords.read(in) : DictionaryWords.none(),
                withEmbeddings ? WordClusters.read(in) : WordClusters.none(),
                withVectors ? WordClusters.read(in) : WordClusters.none());
    }
}
