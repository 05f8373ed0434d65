package io.parallax.ner.train;

import io.parallax.ner.CaseLexicon;
import io.parallax.ner.DictionaryWords;
import io.parallax.ner.Gazetteer;
import io.parallax.ner.Lexicons;
import io.parallax.ner.NerCrossValidation;
import io.parallax.ner.NerTrainer;
import io.parallax.ner.NerTrainingConfig;
import io.parallax.ner.WordClusters;
import io.parallax.ner.corpus.CorpusFiles;
import io.parallax.ner.corpus.LabeledDocument;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything that goes into one language's model, and the steps that build it: read the labelled corpora, read
 * unlabelled text and the labelled corpora's tokens for Brown clusters, build the gazetteer, train.
 *
 * @param config     trainer settings
 * @param labelled   corpus specifications for {@link CorpusFiles#read} ({@code FILE}, {@code FILE#train})
 * @param text       files or directories of unlabelled text for the clusters (may be empty)
 * @param clusters   number of Brown clusters (0 for none)
 * @param minCount   words rarer than this in the text are not clustered
 * @param gazetteer  where the gazetteer comes from ({@link GazetteerSources})
 * @param cache      file that keeps the clusters between runs (read when it exists, else written), or null
 * @param dictionary hunspell dictionary path without extension ({@link HunspellForms}), or null for none
 * @param partial    corpus specifications of partly annotated corpora (may be empty)
 * @param unannotated the entity types the partly annotated corpora do not annotate
 * @param embeddingClusters leaves of the embedding-cluster tree ({@link EmbeddingClusterer}; 0 for none),
 *                   computed from the same text as the Brown clusters (in seconds: never cached)
 * @param vectors    pretrained word vectors to cluster as a third view of words, or null for none
 */
public record NerRecipe(NerTrainingConfig config, List<String> labelled, List<Path> text, int clusters, int minCount,
                        GazetteerSources.Spec gazetteer, Path cache, Path dictionary, List<String> partial,
                        java.util.Set<io.parallax.model.EntityType> unannotated, int embeddingClusters,
                        Pretrained vectors) {

    /**
     * Pretrained word vectors ({@link WordVectors}) and how to cluster them.
     *
     * @param file     the vectors (GloVe text or wink-embeddings JSON, optionally gzipped)
     * @param leaves   leaves of the tree (16 to 1024, or 4096: {@link VectorTree#checkLeaves})
     * @param maxWords how many of the most frequent words to keep (0 for all)
     */
    public record Pretrained(Path file, int leaves, int maxWords) {
        public Pretrained {
            Objects.requireNonNull(file, "file");
            VectorTree.checkLeaves(leaves);
            if (maxWords < 0) {
                throw new IllegalArgumentException("maxWords must be >= 0");
            }
        }
    }

    /** Dimensions of the word vectors that the embedding clusters group. */
    public static final int EMBEDDING_DIMENSIONS = 128;

    public NerRecipe {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(gazetteer, "gazetteer");
        labelled = List.copyOf(labelled);
        partial = List.copyOf(partial);
        unannotated = java.util.Set.copyOf(unannotated);
        text = List.copyOf(text);
        if (labelled.isEmpty()) {
            throw new IllegalArgumentException("no labelled data");
        }
    }

    /** Runs every step; {@code log} receives progress lines. */
    public NerTrainer.Result build(Consumer<String> log) {
        List<LabeledDocument> docs = documents(log);
        NerTrainer.Partial part = new NerTrainer.Partial(documents(partial, log), unannotated);
        return new NerTrainer(config, lexicons(docs, log), log).train(docs, part);
    }

    /**
     * Cross-validates the training procedure ({@link NerCrossValidation}) on the first labelled corpus; the other
     * corpora are added to the training part of every fold and never scored. The lexicons are built once, from the
     * same sources as {@link #build}.
     *
     * @throws IllegalArgumentException when the gazetteer lists the names of the scored corpus's file, which would
     *                                  tell every fold the answers
     * @param errors      receives each misrecognised fold sentence, or null
     * @param predictions receives each fold document with gold and predicted tags, or null
     */
    public NerCrossValidation.Result crossValidate(int folds, Consumer<String> log, Consumer<String> errors,
                                                   Consumer<String> predictions) {
        String scoredFile = CorpusFiles.file(labelled.get(0));
        if (gazetteer.corpora().stream().map(CorpusFiles::file).anyMatch(scoredFile::equals)) {
            throw new IllegalArgumentException("the gazetteer lists the names of " + scoredFile
                    + ", the corpus being cross-validated");
        }
        List<LabeledDocument> scored = documents(labelled.subList(0, 1), log);
        List<LabeledDocument> extra = documents(labelled.subList(1, labelled.size()), log);
        NerTrainer.Partial part = new NerTrainer.Partial(documents(partial, log), unannotated);
        List<LabeledDocument> all = new ArrayList<>(scored);
        all.addAll(extra);
        return new NerCrossValidation(config, lexicons(all, log), log).run(scored, extra, part, folds, errors,
                predictions);
    }

    private List<LabeledDocument> documents(Consumer<String> log) {
        return documents(labelled, log);
    }

    private static List<LabeledDocument> documents(List<String> specs, Consumer<String> log) {
        List<LabeledDocument> docs = new ArrayList<>();
        for (String spec : specs) {
            List<LabeledDocument> d = CorpusFiles.read(spec);
            log.accept(spec + ": " + d.size() + " documents, " + d.stream().mapToInt(LabeledDocument::tokenCount).sum()
                    + " tokens");
            docs.addAll(d);
        }
        return docs;
    }

    /**
     * Clusters and case counts read the fully annotated corpora's tokens and the unlabelled text; partly annotated
     * corpora are left out (give their text with {@code text} if wanted), so that a token is not counted twice.
     */
    private Lexicons lexicons(List<LabeledDocument> docs, Consumer<String> log) {
        WordClusters wc = clusters(docs, log);
        Gazetteer gaz = gazetteer.isEmpty() ? Gazetteer.none() : GazetteerSources.build(gazetteer);
        log.accept("gazetteer: " + gaz.size() + " phrases");
        CaseLexicon cases = cases(docs);
        log.accept("case lexicon: " + cases.size() + " words");
        DictionaryWords dict = dictionary == null ? DictionaryWords.none() : HunspellForms.read(dictionary);
        log.accept("dictionary: " + dict.size() + " word forms");
        return new Lexicons(wc, gaz, cases, dict, embeddings(docs, log), pretrained(log));
    }

    /** Clusters of the pretrained vectors, or none. */
    private WordClusters pretrained(Consumer<String> log) {
        if (vectors == null) {
            return WordClusters.none();
        }
        WordVectors v = WordVectors.read(vectors.file(), vectors.maxWords());
        log.accept("word vectors: " + v.words().size() + " words of " + v.vectors()[0].length + " dimensions from "
                + vectors.file());
        return v.cluster(vectors.leaves(), config.seed() + 2, log);
    }

    /** Capitalisation of words in the unlabelled text and the labelled corpora's tokens. */
    private CaseLexicon cases(List<LabeledDocument> docs) {
        CaseCounter counter = new CaseCounter(3);
        feed(docs, counter::add);
        return counter.lexicon();
    }

    private WordClusters clusters(List<LabeledDocument> docs, Consumer<String> log) {
        if (clusters == 0) {
            return WordClusters.none();
        }
        return cached(cache, log, () -> {
            BrownClusterer brown = new BrownClusterer(clusters, minCount, log);
            feed(docs, brown::add);
            return brown.cluster();
        });
    }

    /** Clusters of word vectors learnt from the same text as the Brown clusters, or none. */
    private WordClusters embeddings(List<LabeledDocument> docs, Consumer<String> log) {
        if (embeddingClusters == 0) {
            return WordClusters.none();
        }
        EmbeddingClusterer e = new EmbeddingClusterer(embeddingClusters, EMBEDDING_DIMENSIONS, minCount,
                config.seed(), log);
        feed(docs, e::add);
        return e.cluster();
    }

    /** Passes the labelled corpora's tokens and the unlabelled text to {@code sink}, sentence by sentence. */
    private void feed(List<LabeledDocument> docs, Consumer<String[]> sink) {
        UnlabelledText reader = new UnlabelledText(config.language(), sink);
        reader.read(docs);
        text.forEach(reader::read);
    }

    /** Clusters read from {@code file} when it exists, else computed (and written there unless it is null). */
    private static WordClusters cached(Path file, Consumer<String> log,
                                       java.util.function.Supplier<WordClusters> compute) {
        if (file != null && Files.exists(file)) {
            log.accept("clusters from " + file);
            return readCache(file);
        }
        WordClusters wc = compute.get();
        if (file != null) {
            writeCache(file, wc);
        }
        return wc;
    }

    private static WordClusters readCache(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return WordClusters.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clusters " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeCache(Path file, WordClusters wc) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            wc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write clusters " + file + ": " + e.getMessage(), e);
        }
    }
}
