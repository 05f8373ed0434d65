package io.parallax.ner;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

/**
 * The word knowledge a model's features read besides its weights: Brown clusters, gazetteers, and how often words
 * are capitalised. Immutable.
 *
 * @param clusters  hierarchical word clusters
 * @param gazetteer lists of known names
 * @param cases     capitalisation of words in running text
 */
public record Lexicons(WordClusters clusters, Gazetteer gazetteer, CaseLexicon cases) {

    public Lexicons {
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(cases, "cases");
    }

    public static Lexicons none() {
        return new Lexicons(WordClusters.none(), Gazetteer.none(), CaseLexicon.none());
    }

    void write(DataOutput out) throws IOException {
        clusters.write(out);
        gazetteer.write(out);
        cases.write(out);
    }

    static Lexicons read(DataInput in) throws IOException {
        return new Lexicons(WordClusters.read(in), Gazetteer.read(in), CaseLexicon.read(in));
    }
}
