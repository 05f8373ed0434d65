package io.parallax.ner;

import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;
import io.parallax.ner.corpus.NerEvaluator;
import io.parallax.ner.corpus.NerScores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * K-fold cross-validation of the whole training procedure on the training data, so that features, lexicons and
 * settings can be chosen without looking at a held-out test set. Document {@code d} is in fold {@code d % k}; each
 * fold is recognised (document by document, as {@code eval ner} does) by a model that {@link NerTrainer} trained
 * on the other folds, with its own epoch choice. Not thread-safe; reproducible for a given configuration and data.
 */
public final class NerCrossValidation {

    private final NerTrainingConfig config;
    private final Lexicons lexicons;
    private final Consumer<String> log;

    /** Scores summed over the folds, and each fold's. */
    public record Result(NerScores total, List<NerScores> folds) {
    }

    public NerCrossValidation(NerTrainingConfig config, Lexicons lexicons, Consumer<String> log) {
        this.config = Objects.requireNonNull(config, "config");
        this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs {@code k} folds.
     *
     * @param extra   documents added to every fold's training data and never scored (another corpus)
     * @param partial partly annotated documents added to every fold's training data, never scored
     * @param errors receives, for every fold sentence whose names differ from gold, a readable block (tokens with
     *               gold and predicted tags); may be null
     * @throws IllegalArgumentException when {@code k < 2} or there are fewer documents than folds
     */
    public Result run(List<LabeledDocument> documents, List<LabeledDocument> extra, NerTrainer.Partial partial, int k,
                      Consumer<String> errors) {
        return run(documents, extra, partial, k, errors, null);
    }

    /**
     * As {@link #run(List, List, NerTrainer.Partial, int, Consumer)}, and also writes every fold document whole, so
     * that rules applied after the recogniser can be measured on held-out predictions.
     *
     * @param predictions receives each fold document: a {@code -DOCSTART-} line, then one line per token (token,
     *                    gold tag, predicted tag, TAB-separated) and a blank line after each sentence; may be null
     */
    public Result run(List<LabeledDocument> documents, List<LabeledDocument> extra, NerTrainer.Partial partial, int k,
                      Consumer<String> errors, Consumer<String> predictions) {
        if (k < 2 || documents.size() < k) {
            throw new IllegalArgumentException("need k >= 2 and at least k documents (k=" + k + ", "
                    + documents.size() + " documents)");
        }
        NerScores total = NerScores.empty();
        List<NerScores> folds = new ArrayList<>(k);
        for (int fold = 0; fold < k; fold++) {
            List<LabeledDocument> train = new ArrayList<>(extra);
            List<LabeledDocument> test = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                (d % k == fold ? test : train).add(documents.get(d));
            }
            NerModel model = new NerTrainer(config, lexicons, s -> { }).train(train, partial).model();
            NerScores s = score(new LinearNameFinder(model), test, errors, predictions);
            log.accept(String.format(Locale.ROOT, "fold %d/%d: F1 %.2f", fold + 1, k, 100 * s.overall().f1()));
            folds.add(s);
            total = total.plus(s);
        }
        return new Result(total, List.copyOf(folds));
    }

    private static NerScores score(NameFinder finder, List<LabeledDocument> docs, Consumer<String> errors,
                                   Consumer<String> predictions) {
        NerScores total = NerScores.empty();
        for (LabeledDocument d : docs) {
            List<String[]> tokens = d.sentences().stream().map(LabeledSentence::tokenArray).toList();
            List<List<NameSpan>> found = finder.findAll(tokens);
            StringBuilder document = new StringBuilder("-DOCSTART-\n\n");
            for (int s = 0; s < tokens.size(); s++) {
                LabeledSentence gold = d.sentences().get(s);
                NerScores one = NerEvaluator.score(gold.names(), found.get(s));
                total = total.plus(one);
                if (errors != null && !sameNames(gold.names(), found.get(s))) {
                    errors.accept(describe(gold, found.get(s)));
                }
                if (predictions != null) {
                    document.append(describe(gold, found.get(s)).replace("\t*", "")).append('\n');
                }
            }
            if (predictions != null) {
                predictions.accept(document.toString());
            }
        }
        return total;
    }

    private static boolean sameNames(List<NameSpan> gold, List<NameSpan> found) {
        if (gold.size() != found.size()) {
            return false;
        }
        for (int i = 0; i < gold.size(); i++) {
            NameSpan g = gold.get(i);
            NameSpan f = found.get(i);
            if (g.start() != f.start() || g.end() != f.end() || g.type() != f.type()) {
                return false;
            }
        }
        return true;
    }

    /** One line per token: the token, its gold tag, its predicted tag, and {@code *} where they differ. */
    private static String describe(LabeledSentence gold, List<NameSpan> found) {
        String[] g = gold.iob2();
        String[] p = gold.withNames(found).iob2();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.length; i++) {
            sb.append(gold.tokens().get(i)).append('\t').append(g[i]).append('\t').append(p[i])
                    .append(g[i].equals(p[i]) ? "" : "\t*").append('\n');
        }
        return sb.toString();
    }
}
