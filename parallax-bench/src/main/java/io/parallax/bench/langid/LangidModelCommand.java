package io.parallax.bench.langid;

import io.parallax.bench.langid.LangidData.Kind;
import io.parallax.lang.Calibration;
import io.parallax.lang.NgramModel;
import io.parallax.lang.NgramModelBuilder;
import io.parallax.lang.Scoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval langid-model}: builds Parallax's language-identification model. Lingua 1.2.2's published
 * n-gram tables (pruned) cover its 75 languages; languages Lingua lacks are counted from the tuning half of the
 * test sentences. Scoring parameters and the confidence calibration are tuned on the tuning half; the held-out half
 * is never read. Writes the model that {@code LanguageIdentifiers.standard()} loads.
 */
@Command(name = "langid-model", mixinStandardHelpOptions = true,
        description = "Build the language-identification model from Lingua's n-gram tables and the tuning split.")
public final class LangidModelCommand implements Callable<Integer> {

    @Mixin
    LinguaDataOption data;

    @Option(names = "--out", description = "Model file to write (default: ${DEFAULT-VALUE}).",
            defaultValue = "parallax-core/src/main/resources/io/parallax/lang/langid.bin.gz")
    Path out;

    @Option(names = "--min-joint", defaultValue = "1e-7",
            description = "Leave out n-grams whose joint probability is below this (default: ${DEFAULT-VALUE}).")
    double minJoint;

    @Option(names = "--min-count", defaultValue = "1",
            description = "For languages counted from the tuning split: leave out n-grams seen fewer times.")
    int minCount;

    @Override
    public Integer call() throws Exception {
        LangidData d = data.load();
        if (!LinguaModelData.available()) {
            throw new IllegalStateException("Lingua's model data is not on the class path");
        }
        NgramModelBuilder builder = new NgramModelBuilder();
        Set<String> counted = addLanguages(d, builder);
        NgramModel model = builder.build();
        System.err.printf("model: %d languages, %d n-grams, %d entries, %.0f MB of tables%n", model.languages().size(),
                model.ngramCount(), model.entryCount(), model.heapBytes() / 1e6);
        Map<Kind, Map<String, List<String>>> tuning = tuningTexts(d, counted);
        NgramModel tuned = tune(model, tuning);
        builder.tuning(tuned);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            builder.write(o);
        }
        System.err.printf("wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
        return 0;
    }

    /** Adds every language of the data; returns those counted from the tuning sentences. */
    private Set<String> addLanguages(LangidData d, NgramModelBuilder builder) {
        LinguaModelData lingua = new LinguaModelData(minJoint);
        Set<String> counted = new HashSet<>();
        for (String lang : d.languages()) {
            if (LinguaModelData.class.getResource("/language-models/" + lang + "/unigrams.json") != null) {
                lingua.addLanguage(lang, builder);
            } else {
                builder.addCounts(lang, d.tune().get(Kind.SENTENCES).get(lang), minCount);
                counted.add(lang);
            }
        }
        System.err.println("counted from the tuning sentences: " + counted);
        return counted;
    }

    /** The tuning texts, without the sentences that trained the counted languages. */
    private static Map<Kind, Map<String, List<String>>> tuningTexts(LangidData d, Set<String> counted) {
        Map<Kind, Map<String, List<String>>> out = new HashMap<>();
        for (Kind kind : Kind.values()) {
            Map<String, List<String>> texts = new HashMap<>(d.tune().get(kind));
            if (kind == Kind.SENTENCES) {
                counted.forEach(texts::remove);
            }
            out.put(kind, texts);
        }
        return out;
    }

    private static NgramModel tune(NgramModel model, Map<Kind, Map<String, List<String>>> tuning) {
        Scoring best = model.scoring();
        double bestScore = -1;
        for (double backoff : new double[]{-1.5, -2.0, -2.5}) {
            for (double unseen : new double[]{-11, -13, -15}) {
                Scoring s = model.scoring().withBackoff(backoff).withUnseen(unseen);
                double score = new TuningSet(model.with(s, model.priors(), Calibration.IDENTITY), tuning)
                        .objective(new double[model.languages().size()]);
                System.err.printf("backoff %.1f unseen %.0f: %.4f%n", backoff, unseen, score);
                if (score > bestScore) {
                    bestScore = score;
                    best = s;
                }
            }
        }
        TuningSet set = new TuningSet(model.with(best, model.priors(), Calibration.IDENTITY), tuning);
        double[] priors = set.fitPriors(3);
        double t = set.fitTemperature(priors);
        return model.with(best.withTemperature(t), priors, set.fitCalibration(priors, t));
    }

}
