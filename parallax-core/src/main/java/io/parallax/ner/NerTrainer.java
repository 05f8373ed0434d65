package io.parallax.ner;

import io.parallax.model.EntityType;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.LabeledSentence;
import io.parallax.ner.corpus.NerEvaluator;
import io.parallax.ner.corpus.NerScores;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains a {@link NerModel} from labelled documents. A fixed, seeded slice of the documents is held out first: the
 * number of epochs of each stage and the confidence temperature are chosen on it, and its scores are reported.
 * The model is then retrained on all documents with those settings. The second (document) stage trains on
 * first-stage labels produced by cross-validation, so that it learns how far to trust a first pass on unseen text.
 * Not thread-safe; reproducible for a given configuration and data.
 */
public final class NerTrainer {

    private static final int N = Labels.COUNT;
    private static final double[] TEMPERATURES = {0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32};

    private final NerTrainingConfig config;
    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private final FeatureExtractor features;
    private final Consumer<String> log;

    /** Held-out figures of a training run. */
    public record Report(NerScores firstStage, NerScores heldOut, int firstEpochs, int secondEpochs,
                         double temperature, double logLoss, int trainingDocuments, int heldOutDocuments) {
    }

    /** The model trained on all documents, and the report from the held-out run. */
    public record Result(NerModel model, Report report) {
    }

    public NerTrainer(NerTrainingConfig config, WordClusters clusters, Gazetteer gazetteer, Consumer<String> log) {
        this.config = Objects.requireNonNull(config, "config");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.features = new FeatureExtractor(clusters, gazetteer);
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Trains on {@code documents}.
     *
     * @throws IllegalArgumentException when there are too few documents to hold some out
     */
    public Result train(List<LabeledDocument> documents) {
        List<LabeledDocument> docs = splittable(documents);
        List<Integer> order = shuffled(docs.size(), new Random(config.seed()));
        int cut = Math.max(1, (int) Math.round(docs.size() * config.heldOut()));
        List<LabeledDocument> heldOut = order.subList(0, cut).stream().map(docs::get).toList();
        List<LabeledDocument> fit = order.subList(cut, order.size()).stream().map(docs::get).toList();
        log.accept("held out " + heldOut.size() + " of " + docs.size() + " documents");
        Phase tuning = new Phase(TrainingSet.of(fit, augmenter(fit)), TrainingSet.of(heldOut, null));
        Report report = tuning.tune(fit.size(), heldOut.size());
        log.accept("retraining on all " + docs.size() + " documents");
        Phase all = new Phase(TrainingSet.of(docs, augmenter(docs)), null);
        NerModel model = all.fixed(report.firstEpochs(), report.secondEpochs(), report.temperature());
        return new Result(model.withInfo(info(report)), report);
    }

    /** Corpora without document markers are one long document: cut them into documents of 20 sentences. */
    private static List<LabeledDocument> splittable(List<LabeledDocument> documents) {
        if (documents.size() >= 20) {
            return documents;
        }
        List<LabeledDocument> out = new ArrayList<>();
        for (LabeledDocument d : documents) {
            List<LabeledSentence> s = d.sentences();
            for (int i = 0; i < s.size(); i += 20) {
                out.add(new LabeledDocument(d.id() + "/" + i, s.subList(i, Math.min(s.size(), i + 20))));
            }
        }
        if (out.size() < 2) {
            throw new IllegalArgumentException("need at least 2 documents (or 40 sentences) to train");
        }
        return out;
    }

    private Augmenter augmenter(List<LabeledDocument> docs) {
        if (config.augmentRate() == 0) {
            return null;
        }
        return new Augmenter(config.seed() + 1, config.augmentRate(), config.genitive(), singleTokenNames(docs));
    }

    /** Lower-cased one-token names of the data and the type each has most often. */
    static Map<String, EntityType> singleTokenNames(List<LabeledDocument> docs) {
        Map<String, int[]> counts = new HashMap<>();
        for (LabeledDocument d : docs) {
            for (LabeledSentence s : d.sentences()) {
                for (NameSpan n : s.names()) {
                    if (n.end() - n.start() == 1) {
                        String w = s.tokens().get(n.start()).toLowerCase(java.util.Locale.ROOT);
                        counts.computeIfAbsent(w, k -> new int[Labels.TYPES.length])[n.type().ordinal()]++;
                    }
                }
            }
        }
        Map<String, EntityType> out = new HashMap<>();
        counts.forEach((w, c) -> out.put(w, Labels.TYPES[argmax(c)]));
        return out;
    }

    private Map<String, String> info(Report r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trainer", "averaged perceptron, BILOU, " + (config.documentStage() ? "two stages" : "one stage"));
        m.put("config", config.toString());
        m.put("heldOut.f1", String.format(java.util.Locale.ROOT, "%.4f", r.heldOut().overall().f1()));
        m.put("heldOut.firstStage.f1", String.format(java.util.Locale.ROOT, "%.4f", r.firstStage().overall().f1()));
        m.put("heldOut.documents", Integer.toString(r.heldOutDocuments()));
        m.put("epochs", r.firstEpochs() + "+" + r.secondEpochs());
        m.put("temperature", Double.toString(r.temperature()));
        m.put("clusters", Integer.toString(clusters.size()));
        m.put("gazetteer", gazetteer.size() + " phrases " + gazetteer.categories());
        return m;
    }

    /** Training on one set of documents, optionally measured on another. */
    private final class Phase {
        private final TrainingSet train;
        private final TrainingSet held;

        Phase(TrainingSet train, TrainingSet held) {
            this.train = train;
            this.held = held;
        }

        Report tune(int trainDocs, int heldDocs) {
            LongIntMap index1 = train.index(features, config.minCount(), null);
            List<List<Perceptron.Instance>> inst1 = train.instances(features, index1, null);
            List<List<Perceptron.Instance>> heldInst1 = held.instances(features, index1, null);
            log.accept("stage 1: " + index1.size() + " features, " + train.sentenceCount() + " sentences");
            Trained first = bestEpochs(index1.size(), flatten(inst1), heldInst1, "stage 1");
            if (!config.documentStage()) {
                return report(first, first, 0, heldInst1, trainDocs, heldDocs);
            }
            List<int[][]> evTrain = evidence(train, jackknife(index1.size(), inst1, first.epochs));
            List<int[][]> evHeld = evidence(held, decode(first, heldInst1));
            LongIntMap index2 = train.index(features, config.minCount(), evTrain);
            log.accept("stage 2: " + index2.size() + " features");
            Trained second = bestEpochs(index2.size(), flatten(train.instances(features, index2, evTrain)),
                    held.instances(features, index2, evHeld), "stage 2");
            return report(first, second, second.epochs, held.instances(features, index2, evHeld), trainDocs, heldDocs);
        }

        private Report report(Trained first, Trained last, int secondEpochs, List<List<Perceptron.Instance>> heldInst,
                              int trainDocs, int heldDocs) {
            double[] t = calibrate(last, heldInst);
            return new Report(first.scores, last.scores, first.epochs, secondEpochs, t[0], t[1], trainDocs, heldDocs);
        }

        NerModel fixed(int epochs1, int epochs2, double temperature) {
            LongIntMap index1 = train.index(features, config.minCount(), null);
            List<List<Perceptron.Instance>> inst1 = train.instances(features, index1, null);
            Trained first = trainFor(index1.size(), flatten(inst1), epochs1);
            ChainWeights w1 = compact(index1, first);
            ChainWeights w2 = null;
            if (config.documentStage()) {
                List<int[][]> ev = evidence(train, jackknife(index1.size(), inst1, epochs1));
                LongIntMap index2 = train.index(features, config.minCount(), ev);
                Trained second = trainFor(index2.size(), flatten(train.instances(features, index2, ev)), epochs2);
                w2 = compact(index2, second);
            }
            return new NerModel(config.language(), Map.of(), temperature, clusters, gazetteer, w1, w2);
        }

        /** First-stage labels of every training document, each from a model that did not see its fold. */
        private List<List<int[]>> jackknife(int featureCount, List<List<Perceptron.Instance>> inst, int epochs) {
            int folds = Math.min(config.folds(), inst.size());
            List<List<int[]>> labels = new ArrayList<>(java.util.Collections.nCopies(inst.size(), null));
            for (int k = 0; k < folds; k++) {
                int fold = k;
                List<Perceptron.Instance> rest = new ArrayList<>();
                IntStream.range(0, inst.size()).filter(d -> d % folds != fold).forEach(d -> rest.addAll(inst.get(d)));
                Trained model = trainFor(featureCount, rest, epochs);
                IntStream.range(0, inst.size()).filter(d -> d % folds == fold)
                        .forEach(d -> labels.set(d, decodeDoc(model, inst.get(d))));
                log.accept("  fold " + (k + 1) + "/" + folds + " done");
            }
            return labels;
        }
    }

    /** Averaged weights after some epochs, with their held-out scores when measured. */
    private record Trained(int epochs, float[] weights, float[] transitions, NerScores scores) {
    }

    private Trained bestEpochs(int featureCount, List<Perceptron.Instance> data,
                               List<List<Perceptron.Instance>> heldInst, String what) {
        Perceptron p = new Perceptron(featureCount);
        Random random = new Random(config.seed() + 7);
        Trained best = null;
        int sinceBest = 0;
        for (int e = 1; e <= config.maxEpochs() && sinceBest < 4; e++) {
            p.epoch(data, random);
            Trained t = new Trained(e, p.averaged(), p.averagedTransitions(), null);
            NerScores s = score(t, heldInst);
            log.accept(String.format(java.util.Locale.ROOT, "%s epoch %d: held-out F1 %.2f", what, e,
                    100 * s.overall().f1()));
            if (best == null || s.overall().f1() > best.scores.overall().f1()) {
                best = new Trained(e, t.weights, t.transitions, s);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        return best;
    }

    private Trained trainFor(int featureCount, List<Perceptron.Instance> data, int epochs) {
        Perceptron p = new Perceptron(featureCount);
        Random random = new Random(config.seed() + 7);
        for (int e = 1; e <= epochs; e++) {
            p.epoch(data, random);
        }
        return new Trained(epochs, p.averaged(), p.averagedTransitions(), null);
    }

    private static NerScores score(Trained t, List<List<Perceptron.Instance>> docs) {
        NerScores total = NerScores.empty();
        for (List<Perceptron.Instance> doc : docs) {
            List<int[]> predicted = decodeDoc(t, doc);
            for (int s = 0; s < doc.size(); s++) {
                total = total.plus(NerEvaluator.score(spans(doc.get(s).labels()), spans(predicted.get(s))));
            }
        }
        return total;
    }

    private static List<List<int[]>> decode(Trained t, List<List<Perceptron.Instance>> docs) {
        return docs.stream().map(d -> decodeDoc(t, d)).toList();
    }

    private static List<int[]> decodeDoc(Trained t, List<Perceptron.Instance> doc) {
        Lattice lattice = new Lattice(new Lattice.Spec(t.transitions, Double.NaN));
        List<int[]> out = new ArrayList<>(doc.size());
        for (Perceptron.Instance x : doc) {
            int n = x.labels().length;
            float[] scores = new float[Math.max(1, n) * N];
            Perceptron.score(x.features(), t.weights, scores);
            out.add(n == 0 ? new int[0] : lattice.viterbi(scores, n));
        }
        return out;
    }

    private static List<int[][]> evidence(TrainingSet set, List<List<int[]>> labels) {
        List<int[][]> out = new ArrayList<>(labels.size());
        for (int d = 0; d < labels.size(); d++) {
            out.add(DocumentEvidence.compute(set.docs().get(d).forms(), labels.get(d)));
        }
        return out;
    }

    /** The temperature that minimises the log loss of "this span is right" on held-out data, and that loss. */
    private static double[] calibrate(Trained t, List<List<Perceptron.Instance>> docs) {
        double bestT = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double temp : TEMPERATURES) {
            double loss = logLoss(t, docs, temp);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = temp;
            }
        }
        return new double[]{bestT, bestLoss};
    }

    private static double logLoss(Trained t, List<List<Perceptron.Instance>> docs, double temperature) {
        Lattice lattice = new Lattice(new Lattice.Spec(t.transitions, temperature));
        double loss = 0;
        int count = 0;
        for (List<Perceptron.Instance> doc : docs) {
            for (Perceptron.Instance x : doc) {
                int n = x.labels().length;
                if (n == 0) {
                    continue;
                }
                float[] scores = new float[n * N];
                Perceptron.score(x.features(), t.weights, scores);
                int[] labels = lattice.viterbi(scores, n);
                List<int[]> predicted = Labels.spans(labels);
                if (predicted.isEmpty()) {
                    continue;
                }
                lattice.forwardBackward(scores, n);
                java.util.Set<String> gold = new java.util.HashSet<>();
                spans(x.labels()).forEach(g -> gold.add(g.start() + ":" + g.end() + ":" + g.type()));
                for (int[] sp : predicted) {
                    double p = Math.min(1 - 1e-6, Math.max(1e-6, lattice.spanProbability(labels, sp[0], sp[1])));
                    boolean right = gold.contains(sp[0] + ":" + sp[1] + ":" + Labels.type(labels[sp[0]]));
                    loss -= right ? Math.log(p) : Math.log(1 - p);
                    count++;
                }
            }
        }
        return count == 0 ? 0 : loss / count;
    }

    /** Keeps the rows that have any non-zero weight. */
    private static ChainWeights compact(LongIntMap index, Trained t) {
        long[] keys = index.keys();
        int[] rows = index.values();
        LongIntMap kept = new LongIntMap(keys.length);
        float[] w = new float[keys.length * N];
        int next = 0;
        for (int i = 0; i < keys.length; i++) {
            int base = rows[i] * N;
            boolean any = false;
            for (int y = 0; y < N && !any; y++) {
                any = t.weights[base + y] != 0;
            }
            if (any) {
                System.arraycopy(t.weights, base, w, next * N, N);
                kept.put(keys[i], next++);
            }
        }
        return new ChainWeights(kept, java.util.Arrays.copyOf(w, next * N), t.transitions);
    }

    static List<NameSpan> spans(int[] labels) {
        List<NameSpan> out = new ArrayList<>();
        for (int[] sp : Labels.spans(labels)) {
            out.add(new NameSpan(sp[0], sp[1], Labels.type(labels[sp[0]]), 1.0));
        }
        return out;
    }

    private static List<Perceptron.Instance> flatten(List<List<Perceptron.Instance>> docs) {
        List<Perceptron.Instance> out = new ArrayList<>();
        docs.forEach(out::addAll);
        return out;
    }

    private static List<Integer> shuffled(int n, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        java.util.Collections.shuffle(order, random);
        return order;
    }

    private static int argmax(int[] c) {
        int best = 0;
        for (int i = 1; i < c.length; i++) {
            best = c[i] > c[best] ? i : best;
        }
        return best;
    }
}
