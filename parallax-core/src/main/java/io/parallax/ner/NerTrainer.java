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
 * number of epochs of each stage (unless {@link NerTrainingConfig#fixedEpochs()}) and the confidence temperature
 * are chosen on it, and its scores are reported.
 * The model is then retrained on all documents with those settings. The second (document) stage trains on
 * first-stage labels produced by cross-validation, so that it learns how far to trust a first pass on unseen text.
 * Not thread-safe; reproducible for a given configuration and data.
 */
public final class NerTrainer {

    private static final int N = Labels.COUNT;
    private static final float[] NO_TRANSITIONS = new float[N * N];
    private static final double[] TEMPERATURES = {0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32};

    private final NerTrainingConfig config;
    private final Lexicons lexicons;
    private final FeatureExtractor features;
    private final Consumer<String> log;

    /** Held-out figures of a training run. */
    public record Report(NerScores firstStage, NerScores heldOut, int firstEpochs, int secondEpochs,
                         Calibration sentence, Calibration document, int trainingDocuments, int heldOutDocuments) {
    }

    /**
     * The temperature that calibrates one stage's span confidences, and the mean log loss of "this name is right"
     * on the held-out slice at that temperature.
     */
    public record Calibration(double temperature, double logLoss) {
    }

    /** The model trained on all documents, and the report from the held-out run. */
    public record Result(NerModel model, Report report) {
    }

    public NerTrainer(NerTrainingConfig config, Lexicons lexicons, Consumer<String> log) {
        this.config = Objects.requireNonNull(config, "config");
        this.lexicons = Objects.requireNonNull(lexicons, "lexicons");
        this.features = new FeatureExtractor(lexicons);
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Trains on {@code documents}.
     *
     * @throws IllegalArgumentException when there are too few documents to hold some out
     */
    public Result train(List<LabeledDocument> documents) {
        return train(documents, new Partial(List.of(), java.util.EnumSet.noneOf(EntityType.class)));
    }

    /**
     * Documents of a corpus that did not annotate some entity types (UNER has no MISC): they train the model,
     * with a name of such a type possible wherever the corpus says O, and are never held out.
     *
     * @param documents   the partly annotated documents
     * @param unannotated the types their corpus did not annotate
     */
    public record Partial(List<LabeledDocument> documents, java.util.Set<EntityType> unannotated) {

        public Partial {
            documents = List.copyOf(documents);
            unannotated = java.util.Set.copyOf(unannotated);
        }

        int mask() {
            int m = 0;
            for (EntityType t : unannotated) {
                m |= 1 << t.ordinal();
            }
            return m;
        }
    }

    /**
     * Trains on {@code documents} and the partly annotated documents of {@code partial}.
     *
     * @throws IllegalArgumentException when there are too few documents to hold some out
     */
    public Result train(List<LabeledDocument> documents, Partial partial) {
        List<LabeledDocument> docs = splittable(documents);
        List<Integer> order = shuffled(docs.size(), new Random(config.seed()));
        int cut = Math.max(1, (int) Math.round(docs.size() * config.heldOut()));
        List<LabeledDocument> heldOut = order.subList(0, cut).stream().map(docs::get).toList();
        List<LabeledDocument> fit = new ArrayList<>(order.subList(cut, order.size()).stream().map(docs::get).toList());
        fit.addAll(partial.documents());
        java.util.Set<LabeledDocument> partialDocs = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        partialDocs.addAll(partial.documents());
        int mask = partial.mask();
        java.util.function.ToIntFunction<LabeledDocument> latent = d -> partialDocs.contains(d) ? mask : 0;
        log.accept("held out " + heldOut.size() + " of " + docs.size() + " documents");
        Phase tuning = new Phase(TrainingSet.of(fit, augmenter(fit), latent), TrainingSet.of(fit, null, latent),
                TrainingSet.of(heldOut, null));
        Report report = tuning.tune(fit.size(), heldOut.size());
        List<LabeledDocument> every = new ArrayList<>(docs);
        every.addAll(partial.documents());
        log.accept("retraining on all " + every.size() + " documents");
        Phase all = new Phase(TrainingSet.of(every, augmenter(every), latent), TrainingSet.of(every, null, latent),
                null);
        NerModel model = all.fixed(report.firstEpochs(), report.secondEpochs(), report.document().temperature(),
                report.sentence().temperature());
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
        m.put("temperature", r.document() + " (sentence stage " + r.sentence() + ")");
        m.put("clusters", Integer.toString(lexicons.clusters().size()));
        m.put("gazetteer", lexicons.gazetteer().size() + " phrases " + lexicons.gazetteer().categories());
        m.put("caseLexicon", Integer.toString(lexicons.cases().size()));
        m.put("embeddingClusters", Integer.toString(lexicons.embeddings().size()));
        m.put("vectorClusters", Integer.toString(lexicons.vectors().size()));
        return m;
    }

    /**
     * Training on one set of documents, optionally measured on another. The first stage trains on the documents
     * with augmented copies of their sentences; the second on the documents as they are, because a copy would
     * be evidence for its own original.
     */
    private final class Phase {
        private final TrainingSet train;
        private final TrainingSet plain;
        private final TrainingSet held;

        Phase(TrainingSet train, TrainingSet plain, TrainingSet held) {
            this.train = train;
            this.plain = plain;
            this.held = held;
        }

        Report tune(int trainDocs, int heldDocs) {
            LongIntMap index1 = train.index(features, config.minCount(), null);
            List<List<Perceptron.Instance>> inst1 = train.instances(features, index1, null);
            List<List<Perceptron.Instance>> heldInst1 = held.instances(features, index1, null);
            log.accept("stage 1: " + index1.size() + " features, " + train.sentenceCount() + " sentences");
            Trained first = bestEpochs(index1.size(), flatten(inst1), heldInst1, "stage 1", NO_TRANSITIONS);
            Calibration sentence = calibrate(first, heldInst1);
            if (!config.documentStage()) {
                return new Report(first.scores, first.scores, first.epochs, 0, sentence, sentence, trainDocs,
                        heldDocs);
            }
            Stacked trainStack = stack(plain, jackknife(index1.size(), inst1, plain.instances(features, index1, null),
                    first.epochs));
            Stacked heldStack = stack(held, firstPass(first, heldInst1));
            log.accept("stage 2: " + trainStack.index.size() + " features");
            List<List<Perceptron.Instance>> heldInst2 = held.instances(features, trainStack.index, heldStack.evidence);
            Trained second = bestEpochs(trainStack.index.size(), flatten(trainStack.instances), heldInst2, "stage 2",
                    first.transitions);
            return new Report(first.scores, second.scores, first.epochs, second.epochs, sentence,
                    calibrate(second, heldInst2), trainDocs, heldDocs);
        }

        NerModel fixed(int epochs1, int epochs2, double temperature, double sentenceTemperature) {
            LongIntMap index1 = train.index(features, config.minCount(), null);
            List<List<Perceptron.Instance>> inst1 = train.instances(features, index1, null);
            Trained first = trainFor(index1.size(), flatten(inst1), epochs1, NO_TRANSITIONS);
            ChainWeights w1 = compact(index1, first);
            ChainWeights w2 = null;
            if (config.documentStage()) {
                Stacked st = stack(plain, jackknife(index1.size(), inst1, plain.instances(features, index1, null),
                        epochs1));
                w2 = compact(st.index, trainFor(st.index.size(), flatten(st.instances), epochs2, first.transitions));
            }
            return new NerModel(config.language(), Map.of(), w2 == null ? sentenceTemperature : temperature,
                    sentenceTemperature, lexicons, w1, w2);
        }

        /** The second stage's data: sentence features plus evidence from first-pass labels. */
        private Stacked stack(TrainingSet set, List<List<int[]>> labels) {
            List<int[][]> evidence = evidence(set, labels);
            LongIntMap index = plain == set ? set.index(features, config.minCount(), evidence) : null;
            List<List<Perceptron.Instance>> inst = index == null ? null : set.instances(features, index, evidence);
            return new Stacked(index, inst, evidence);
        }

        /**
         * First-stage labels of every document of {@code target}, each from a model trained on the other folds of
         * {@code inst} (the same documents, in the same order, possibly with augmented copies).
         */
        private List<List<int[]>> jackknife(int featureCount, List<List<Perceptron.Instance>> inst,
                                            List<List<Perceptron.Instance>> target, int epochs) {
            int folds = Math.min(config.folds(), inst.size());
            List<List<int[]>> labels = new ArrayList<>(java.util.Collections.nCopies(inst.size(), null));
            for (int k = 0; k < folds; k++) {
                int fold = k;
                List<Perceptron.Instance> rest = new ArrayList<>();
                IntStream.range(0, inst.size()).filter(d -> d % folds != fold).forEach(d -> rest.addAll(inst.get(d)));
                Trained model = trainFor(featureCount, rest, epochs, NO_TRANSITIONS);
                IntStream.range(0, inst.size()).filter(d -> d % folds == fold)
                        .forEach(d -> labels.set(d, decodeDoc(model, target.get(d))));
                log.accept("  fold " + (k + 1) + "/" + folds + " done");
            }
            return labels;
        }
    }

    /** Second-stage data: its feature index and instances (training set only), and the evidence. */
    private record Stacked(LongIntMap index, List<List<Perceptron.Instance>> instances, List<int[][]> evidence) {
    }

    private static List<List<int[]>> firstPass(Trained t, List<List<Perceptron.Instance>> docs) {
        return docs.stream().map(d -> decodeDoc(t, d)).toList();
    }

    /** Averaged weights after some epochs, with their held-out scores when measured. */
    private record Trained(int epochs, float[] weights, float[] transitions, NerScores scores) {
    }

    private Trained bestEpochs(int featureCount, List<Perceptron.Instance> data,
                               List<List<Perceptron.Instance>> heldInst, String what, float[] transitions) {
        Learner p = learner(featureCount, transitions);
        Random random = new Random(config.seed() + 7);
        Trained best = null;
        int sinceBest = 0;
        for (int e = 1; e <= config.maxEpochs() && (config.fixedEpochs() || sinceBest < 4); e++) {
            p.epoch(data, random);
            Trained t = new Trained(e, p.averaged(), p.averagedTransitions(), null);
            NerScores s = score(t, heldInst);
            log.accept(String.format(java.util.Locale.ROOT, "%s epoch %d: held-out F1 %.2f", what, e,
                    100 * s.overall().f1()));
            if (best == null || s.overall().f1() > best.scores.overall().f1() || config.fixedEpochs()) {
                best = new Trained(e, t.weights, t.transitions, s);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        return best;
    }

    private Trained trainFor(int featureCount, List<Perceptron.Instance> data, int epochs, float[] transitions) {
        Learner p = learner(featureCount, transitions);
        Random random = new Random(config.seed() + 7);
        for (int e = 1; e <= epochs; e++) {
            p.epoch(data, random);
        }
        return new Trained(epochs, p.averaged(), p.averagedTransitions(), null);
    }

    private Learner learner(int featureCount, float[] transitions) {
        java.util.function.Supplier<Learner> one = switch (config.method()) {
            case PERCEPTRON -> () -> new Perceptron(featureCount, transitions);
            case CRF -> () -> new CrfLearner(featureCount, transitions, config.rate());
        };
        return config.members() == 1 ? one.get() : new Ensemble(config.members(), one);
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

    private static List<int[]> decodeDoc(Trained t, List<Perceptron.Instance> doc) {
        Lattice lattice = new Lattice(new Lattice.Spec(t.transitions, Double.NaN));
        List<int[]> out = new ArrayList<>(doc.size());
        for (Perceptron.Instance x : doc) {
            int n = x.labels().length;
            float[] scores = new float[Math.max(1, n) * N];
            x.score(t.weights, scores);
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
    private static Calibration calibrate(Trained t, List<List<Perceptron.Instance>> docs) {
        double bestT = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double temp : TEMPERATURES) {
            double loss = logLoss(t, docs, temp);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = temp;
            }
        }
        return new Calibration(bestT, bestLoss);
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
                x.score(t.weights, scores);
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
        long[] kept = new long[keys.length];
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
                kept[next++] = keys[i];
            }
        }
        return new ChainWeights(java.util.Arrays.copyOf(kept, next), java.util.Arrays.copyOf(w, next * N),
                t.transitions);
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
