package io.parallax.ner;

import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Training documents prepared for the learner: token views and gold BILOU labels per sentence, grouped by
 * document so that the second stage can see document context. Immutable.
 */
final class TrainingSet {

    /** One document: per sentence, the token views, the gold labels and the gold names. */
    record Doc(List<TokenForms[]> forms, List<int[]> gold, List<List<NameSpan>> names, int latentTypes) {

        int sentences() {
            return forms.size();
        }
    }

    private final List<Doc> docs;

    private TrainingSet(List<Doc> docs) {
        this.docs = List.copyOf(docs);
    }

    static TrainingSet of(List<LabeledDocument> documents, Augmenter augmenter) {
        return of(documents, augmenter, d -> 0);
    }

    /**
     * @param latentTypes per document, the bit mask of entity types its corpus did not annotate
     *                    ({@link Perceptron.Instance#latentTypes})
     */
    static TrainingSet of(List<LabeledDocument> documents, Augmenter augmenter,
                          java.util.function.ToIntFunction<LabeledDocument> latentTypes) {
        List<Doc> out = new ArrayList<>(documents.size());
        for (LabeledDocument d : documents) {
            List<LabeledSentence> sentences = new ArrayList<>(d.sentences());
            if (augmenter != null) {
                d.sentences().forEach(s -> augmenter.variant(s).ifPresent(sentences::add));
            }
            out.add(doc(sentences, latentTypes.applyAsInt(d)));
        }
        return new TrainingSet(out);
    }

    private static Doc doc(List<LabeledSentence> sentences, int latentTypes) {
        List<TokenForms[]> forms = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<List<NameSpan>> names = new ArrayList<>();
        for (LabeledSentence s : sentences) {
            forms.add(FeatureExtractor.forms(s.tokenArray()));
            gold.add(Labels.encode(s.names(), s.size()));
            names.add(s.names());
        }
        return new Doc(forms, gold, names, latentTypes);
    }

    List<Doc> docs() {
        return docs;
    }

    int sentenceCount() {
        return docs.stream().mapToInt(Doc::sentences).sum();
    }

    /**
     * Counts feature keys and gives a row to each seen at least {@code minCount} times.
     *
     * @param evidence per document, the second stage's document evidence; null for the first stage
     */
    LongIntMap index(FeatureExtractor fx, int minCount, List<int[][]> evidence) {
        LongIntMap counts = new LongIntMap(1 << 20);
        build((d, s, forms, gold) -> {
            fx.extract(forms, evidence == null ? null : evidence.get(d)[s], (t, key) -> counts.add(key, 1));
            return null;
        });
        LongIntMap index = new LongIntMap(counts.size());
        int[] next = {0};
        counts.forEach((key, n) -> {
            if (n >= minCount) {
                index.put(key, next[0]++);
            }
        });
        return index;
    }

    /**
     * Every sentence as a learner instance, per document; unknown features are dropped.
     *
     * @param evidence as for {@link #index}
     */
    List<List<Perceptron.Instance>> instances(FeatureExtractor fx, LongIntMap index, List<int[][]> evidence) {
        return build((d, s, forms, gold) -> {
            IntLists rows = new IntLists(forms.length);
            fx.extract(forms, evidence == null ? null : evidence.get(d)[s], collect(index, rows));
            return new Perceptron.Instance(rows.toArrays(), gold, docs.get(d).latentTypes());
        });
    }

    private static FeatureSink collect(LongIntMap index, IntLists rows) {
        return (t, key) -> {
            int row = index.get(key, -1);
            if (row >= 0) {
                rows.add(t, row);
            }
        };
    }

    private List<List<Perceptron.Instance>> build(InstanceMaker maker) {
        List<List<Perceptron.Instance>> out = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            Doc document = docs.get(d);
            List<Perceptron.Instance> sentences = new ArrayList<>(document.sentences());
            for (int s = 0; s < document.sentences(); s++) {
                sentences.add(maker.make(d, s, document.forms().get(s), document.gold().get(s)));
            }
            out.add(sentences);
        }
        return out;
    }

    @FunctionalInterface
    private interface InstanceMaker {
        Perceptron.Instance make(int doc, int sentence, TokenForms[] forms, int[] gold);
    }

    /** Growable int lists, one per token. */
    private static final class IntLists {
        private final int[][] data;
        private final int[] sizes;

        IntLists(int n) {
            data = new int[n][16];
            sizes = new int[n];
        }

        void add(int list, int value) {
            if (sizes[list] == data[list].length) {
                data[list] = java.util.Arrays.copyOf(data[list], sizes[list] * 2);
            }
            data[list][sizes[list]++] = value;
        }

        int[][] toArrays() {
            int[][] out = new int[data.length][];
            for (int i = 0; i < data.length; i++) {
                out[i] = java.util.Arrays.copyOf(data[i], sizes[i]);
            }
            return out;
        }
    }
}
