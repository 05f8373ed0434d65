package io.parallax.bench.text;

import io.parallax.bench.langid.BenchData;
import io.parallax.bench.langid.ReportOptions;
import io.parallax.pack.sv.SwedishPack;
import io.parallax.pack.sv.SwedishTreebank;
import io.parallax.text.IcuSentenceSplitter;
import io.parallax.text.IcuTokenizer;
import io.parallax.text.OpenNlpTagger;
import io.parallax.text.Tagger;
import io.parallax.text.pos.LemmaModel;
import io.parallax.text.pos.LemmaTrainer;
import io.parallax.text.pos.PerceptronTrainer;
import io.parallax.text.pos.TaggerTraining;
import io.parallax.text.ud.OpenNlpTraining;
import io.parallax.text.ud.TextEvaluator;
import io.parallax.text.ud.UdSentence;
import io.parallax.text.ud.UdSplit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval sv-text}: trains (with {@code --train}) and measures the Swedish text pack on UD Swedish
 * (Talbanken dev, LinES dev and test), split into a training part and a held-out part in blocks of ten sentences
 * with a fixed seed. Reports tokenisation and sentence F1, UPOS and lemma accuracy on the held-out part, against
 * ICU and (with {@code --peers}) OpenNLP's maxent tagger and lemmatiser trained on the same training part; writes the
 * {@code ## Swedish text pack} section of BENCHMARKS.md.
 */
@Command(name = "sv-text", mixinStandardHelpOptions = true,
        description = "Train and measure the Swedish text pack on held-out UD Swedish sentences.")
public final class SwedishTextEval implements Callable<Integer> {

    /** Training settings of the shipped tagger. */
    static final PerceptronTrainer.Config CONFIG = new PerceptronTrainer.Config(10, 1L, 2, 1e-3);
    static final int FOLDS = 5;
    static final int ENSEMBLE = 5;

    @Option(names = "--data", description = "UD Swedish directory (default: ../shared/data/text/ud-swedish).")
    Path data;

    @Option(names = "--train", description = "Train the POS and lemma models and write them to --models first.")
    boolean train;

    @Option(names = "--models", defaultValue = "parallax-core/src/main/resources/packs/sv",
            description = "Where --train writes the models (default: ${DEFAULT-VALUE}).")
    Path models;

    @Option(names = "--peers", description = "Also train and measure OpenNLP's maxent tagger and lemmatiser (slow).")
    boolean peers;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        Path dir = BenchData.resolve(data, "data/text/ud-swedish", "--data");
        UdSplit split = SwedishTreebank.load(dir);
        if (train) {
            trainModels(split.train());
        }
        output.publish("## Swedish text pack", report(split));
        return 0;
    }

    private void trainModels(List<UdSentence> sentences) throws Exception {
        long t0 = System.nanoTime();
        TaggerTraining.Models pos = TaggerTraining.train(sentences.stream()
                .map(s -> new PerceptronTrainer.Sample(s.forms(), s.tags())).toList(), CONFIG, FOLDS, ENSEMBLE);
        LemmaModel lemmas = new LemmaTrainer().train(sentences.stream().flatMap(s -> s.tokens().stream())
                .map(t -> new LemmaTrainer.Sample(t.form(), t.upos(), t.lemma())).toList());
        Files.createDirectories(models);
        try (OutputStream o = Files.newOutputStream(models.resolve(SwedishPack.POS_FIRST))) {
            pos.first().write(o);
        }
        try (OutputStream o = Files.newOutputStream(models.resolve(SwedishPack.POS_SECOND))) {
            pos.second().write(o);
        }
        try (OutputStream o = Files.newOutputStream(models.resolve(SwedishPack.LEMMAS))) {
            lemmas.write(o);
        }
        System.err.printf("trained and wrote the Swedish models to %s in %.0f s%n", models, (System.nanoTime() - t0) / 1e9);
    }

    private String report(UdSplit split) {
        List<UdSentence> test = split.heldOut();
        SwedishPack pack = new SwedishPack();
        StringBuilder out = new StringBuilder();
        long tokens = test.stream().mapToLong(s -> s.tokens().size()).sum();
        line(out, "Measured %s on %d cores, by `./parallax eval sv-text%s` (models rebuilt with `./parallax eval "
                        + "sv-text --train`). Data: UD Swedish Talbanken dev + LinES dev + test (%d sentences), split in "
                        + "blocks of %d consecutive sentences shuffled with seed %d: %d training sentences, **%d held-out "
                        + "sentences (%d words) that no model saw**. Tokens and sentences are exact-span F1 on the raw "
                        + "text; UPOS and lemmas are accuracy on the gold words, lemmas from predicted tags.",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), peers ? " --peers" : "",
                split.train().size() + test.size(), SwedishTreebank.BLOCK, SwedishTreebank.SEED, split.train().size(), test.size(), tokens);
        line(out, "");
        line(out, "| component | system | precision | recall | F1 |");
        line(out, "|---|---|---:|---:|---:|");
        prf(out, "tokens", "Parallax Swedish rules", TextEvaluator.tokenization(pack.tokenizer(), test));
        prf(out, "tokens", "ICU word breaks", TextEvaluator.tokenization(new IcuTokenizer("sv"), test));
        prf(out, "sentences", "Parallax Swedish rules", TextEvaluator.sentences(pack.sentenceSplitter(), test, 5));
        prf(out, "sentences", "ICU sentence breaks", TextEvaluator.sentences(new IcuSentenceSplitter("sv"), test, 5));
        line(out, "");
        line(out, "| system | UPOS %% | lemma %% | words/s |");
        line(out, "|---|---:|---:|---:|");
        tagging(out, "Parallax (two-pass averaged perceptron, 5-model average; lexicon + suffix-rule lemmas)",
                pack.tagger().orElseThrow(), test);
        if (peers) {
            Tagger opennlp = new OpenNlpTagger(OpenNlpTraining.pos("sv", split.train(), OpenNlpTraining.parameters(1, 150)),
                    OpenNlpTraining.lemmatizer("sv", split.train(), OpenNlpTraining.parameters(1, 150)));
            tagging(out, "OpenNLP 2.5.11 maxent POS + lemmatiser (cutoff 1, 150 iterations)", opennlp, test);
        }
        return out.toString();
    }

    private static void tagging(StringBuilder out, String name, Tagger tagger, List<UdSentence> test) {
        long t0 = System.nanoTime();
        TextEvaluator.Accuracy[] acc = TextEvaluator.tagging(tagger, test);
        double seconds = (System.nanoTime() - t0) / 1e9;
        line(out, "| %s | %.2f | %.2f | %.0f |", name, 100 * acc[0].value(), 100 * acc[1].value(), acc[0].total() / seconds);
    }

    private static void prf(StringBuilder out, String what, String system, TextEvaluator.Prf prf) {
        line(out, "| %s | %s | %.2f | %.2f | %.2f |", what, system, 100 * prf.precision(), 100 * prf.recall(), 100 * prf.f1());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
