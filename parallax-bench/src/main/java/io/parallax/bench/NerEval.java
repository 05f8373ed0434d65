package io.parallax.bench;

import io.parallax.cli.Cli;
import io.parallax.model.EntityType;
import io.parallax.ner.LinearNameFinder;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameFinders;
import io.parallax.ner.NameSpan;
import io.parallax.ner.NerModel;
import io.parallax.ner.corpus.CorpusFiles;
import io.parallax.ner.corpus.LabeledDocument;
import io.parallax.ner.corpus.NerEvaluator;
import io.parallax.ner.corpus.NerScores;
import io.parallax.pack.PackResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code parallax eval ner}: entity-level micro F1 (conlleval), overall and per type, of our recogniser on a
 * labelled file, with its single-thread throughput and the heap its models take; for English, Stanford CoreNLP's
 * CoNLL model on the same tokens in the same run.
 */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {"Score named-entity recognition on a CoNLL-style file (FILE, FILE#train or FILE#test).",
                "Prints conlleval-style tables and tokens per second; for English, CoreNLP runs beside ours."})
public final class NerEval implements Callable<Integer> {

    @Option(names = "--lang", required = true, description = "ISO 639-1 code of the language.")
    String language;

    @Option(names = "--data", required = true, paramLabel = "FILE[#part]", description = "Labelled evaluation file.")
    String data;

    @Option(names = "--model", paramLabel = "FILE", description = "Our model file alone (default: the pack's finder, the model with the pack's rules, as the pipeline runs it).")
    Path model;

    @Option(names = "--peer", defaultValue = "auto", description = "corenlp, none, or auto (CoreNLP for English).")
    String peer;

    @Option(names = "--seconds", defaultValue = "10", description = "Least time spent timing each system.")
    double seconds;

    @Option(names = "--results", paramLabel = "FILE", description = "Also write the figures to FILE (JSON).")
    Path results;

    @Option(names = "--ignore", split = ",", paramLabel = "TYPE",
            description = "Drop predictions of these types before scoring (for corpora without them, e.g. MISC "
                    + "in UNER).")
    List<EntityType> ignore = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private double lastWallRate;
    private double lastWarmRate;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<LabeledDocument> docs = CorpusFiles.read(data);
        long tokens = docs.stream().mapToLong(LabeledDocument::tokenCount).sum();
        out.printf(Locale.ROOT, "%s: %d documents, %d sentences, %d tokens%n", data, docs.size(),
                docs.stream().mapToInt(d -> d.sentences().size()).sum(), tokens);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("data", data);
        figures.put("tokens", tokens);
        double[] heap = packHeapMb();
        figures.put("heapMB.en+sv", Math.round(heap[0] * 10) / 10.0);
        figures.put("heapMB.en+sv.fullCaches", Math.round(heap[1] * 10) / 10.0);
        out.printf(Locale.ROOT, "heap of the en + sv models: %.1f MB loaded, %.1f MB with full word caches%n",
                heap[0], heap[1]);
        Supplier<NameFinder> ours = ours();
        figures.put("parallax.document", run(out, "Parallax (document context)", docs, tokens,
                () -> ours.get()::findAll));
        figures.put("parallax.sentence", run(out, "Parallax (sentence by sentence)", docs, tokens,
                () -> bySentence(ours.get())));
        if (usePeer()) {
            NameFinder core = CoreNlpNer.load();
            figures.put("corenlp", run(out, "CoreNLP " + CoreNlpNer.MODEL, docs, tokens, () -> bySentence(core)));
            ratios(out, figures);
        }
        if (results != null) {
            Files.writeString(results, Json.write(figures));
        }
        return Cli.OK;
    }

    private boolean usePeer() {
        return switch (peer) {
            case "corenlp" -> true;
            case "none" -> false;
            case "auto" -> "en".equals(language);
            default -> throw new IllegalArgumentException("unknown peer '" + peer + "' (corenlp, none, auto)");
        };
    }

    private static Function<List<String[]>, List<List<NameSpan>>> bySentence(NameFinder finder) {
        return sentences -> sentences.stream().map(finder::find).toList();
    }

    /**
     * A maker of fresh recognisers over one loaded model: the pack's (the model and the pack's rules, as the
     * pipeline runs it) or the model file's alone. Each starts with an empty word cache.
     */
    private Supplier<NameFinder> ours() throws IOException {
        if (model == null) {
            PackResources pack = new PackResources(language);
            NerModel loaded = NameFinders.loadModel(pack)
                    .orElseThrow(() -> new IllegalArgumentException("no NER model for language '" + language + "'"));
            return () -> NameFinders.withRules(new LinearNameFinder(loaded), pack);
        }
        try (InputStream in = Files.newInputStream(model)) {
            NerModel loaded = NerModel.read(in);
            return () -> new LinearNameFinder(loaded);
        }
    }

    private Map<String, Object> run(PrintWriter out, String name, List<LabeledDocument> docs, long tokens,
                                    Supplier<Function<List<String[]>, List<List<NameSpan>>>> systems) {
        NerScores scores = score(docs, systems.get());
        double perSecond = throughput(docs, tokens, systems);
        out.printf(Locale.ROOT, "%n%s%n%s%.0f tokens per CPU second on one thread (%.0f per wall-clock second; "
                        + "%.0f per CPU second once every word is cached)%n",
                name, scores.table(), perSecond, lastWallRate, lastWarmRate);
        out.flush();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f1", round(100 * scores.overall().f1()));
        m.put("precision", round(100 * scores.overall().precision()));
        m.put("recall", round(100 * scores.overall().recall()));
        scores.types().forEach(t -> m.put("f1." + t, round(100 * scores.of(t).f1())));
        m.put("tokensPerSecond", Math.round(perSecond));
        m.put("tokensPerWallSecond", Math.round(lastWallRate));
        m.put("tokensPerSecondWarm", Math.round(lastWarmRate));
        return m;
    }

    private NerScores score(List<LabeledDocument> docs, Function<List<String[]>, List<List<NameSpan>>> system) {
        NerScores scores = NerScores.empty();
        for (LabeledDocument d : docs) {
            List<List<NameSpan>> predicted = system.apply(d.tokenArrays());
            for (int i = 0; i < d.sentences().size(); i++) {
                List<NameSpan> kept = predicted.get(i).stream().filter(n -> !ignore.contains(n.type())).toList();
                scores = scores.plus(NerEvaluator.score(d.sentences().get(i).names(), kept));
            }
        }
        return scores;
    }

    /**
     * Tokens per second on this thread: one warm-up pass, then whole passes until {@code seconds} have passed, each
     * by a fresh recogniser, so that no word is cached from an earlier pass and the figure is that of text never
     * seen (making the recogniser is not timed). Counted against the thread's CPU time, so that other processes on
     * a shared machine do not skew it; wall time is in {@link #lastWallRate}. Then the same again with one
     * recogniser for all passes, the steady state of a long run, into {@link #lastWarmRate}.
     */
    private double throughput(List<LabeledDocument> docs, long tokens,
                              Supplier<Function<List<String[]>, List<List<NameSpan>>>> systems) {
        List<List<String[]>> inputs = docs.stream().map(LabeledDocument::tokenArrays).toList();
        inputs.forEach(systems.get()::apply);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        long wall = 0;
        long done = 0;
        while (wall < seconds * 1e9) {
            Function<List<String[]>, List<List<NameSpan>>> system = systems.get();
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            inputs.forEach(system::apply);
            cpu += threads.getCurrentThreadCpuTime() - c;
            wall += System.nanoTime() - w;
            done += tokens;
        }
        lastWallRate = done / (wall / 1e9);
        Function<List<String[]>, List<List<NameSpan>>> warm = systems.get();
        inputs.forEach(warm::apply);
        long c = threads.getCurrentThreadCpuTime();
        long warmDone = 0;
        for (long start = System.nanoTime(); System.nanoTime() - start < seconds * 1e9 / 2; warmDone += tokens) {
            inputs.forEach(warm::apply);
        }
        lastWarmRate = warmDone / ((threads.getCurrentThreadCpuTime() - c) / 1e9);
        return done / (cpu / 1e9);
    }

    private static void ratios(PrintWriter out, Map<String, Object> figures) {
        double ours = speed(figures, "parallax.document");
        double theirs = speed(figures, "corenlp");
        out.printf(Locale.ROOT, "%nspeed ratio (Parallax document / CoreNLP): %.1fx; sentence mode: %.1fx%n",
                ours / theirs, speed(figures, "parallax.sentence") / theirs);
        figures.put("speedRatio", round(ours / theirs));
    }

    @SuppressWarnings("unchecked")
    private static double speed(Map<String, Object> figures, String system) {
        return ((Number) ((Map<String, Object>) figures.get(system)).get("tokensPerSecond")).doubleValue();
    }

    /**
     * Heap taken by the English and Swedish pack recognisers together, measured around loading them, then again
     * once everything they keep is full: every word of each model's cluster vocabulary met (their scores are kept
     * per model), and each recogniser's word cache fed more distinct made-up words than it holds. The most they
     * take.
     */
    private static double[] packHeapMb() {
        long before = usedHeap();
        List<NameFinder> keep = new ArrayList<>();
        List<NerModel> models = new ArrayList<>();
        for (String lang : List.of("en", "sv")) {
            PackResources pack = new PackResources(lang);
            NameFinders.loadModel(pack).ifPresent(m -> {
                models.add(m);
                keep.add(NameFinders.withRules(new LinearNameFinder(m), pack));
            });
        }
        long loaded = usedHeap();
        List<String> madeUp = new ArrayList<>();
        for (int word = 0; word < CACHE_FILL; word++) {
            madeUp.add("Word" + word);
        }
        for (int k = 0; k < keep.size(); k++) {
            // A throwaway recogniser fills the model's shared scores with words of its vector clusters (as many as
            // it takes); what spills into that recogniser's own cache goes with it.
            feed(new LinearNameFinder(models.get(k)), new ArrayList<>(models.get(k).lexicons().vectors().words()));
            feed(keep.get(k), new ArrayList<>(models.get(k).lexicons().clusters().words()));
            feed(keep.get(k), madeUp);
        }
        long full = usedHeap();
        return keep.isEmpty() ? new double[2] : new double[]{(loaded - before) / 1e6, (full - before) / 1e6};
    }

    /** Runs the words through a finder in sentences of 20. */
    private static void feed(NameFinder finder, List<String> words) {
        for (int from = 0; from < words.size(); from += 20) {
            List<String> part = words.subList(from, Math.min(words.size(), from + 20));
            finder.findAll(List.<String[]>of(part.toArray(String[]::new)));
        }
    }

    /** Distinct words fed to fill a word cache: the size at which it empties, less one sentence. */
    private static final int CACHE_FILL = LinearNameFinder.CACHED_WORDS - 20;

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Enough JSON for flat maps of numbers, strings and nested maps. */
    static final class Json {
        private Json() {
        }

        static String write(Object o) {
            if (o instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((k, v) -> parts.add(quote(k.toString()) + ": " + write(v)));
                return "{" + String.join(", ", parts) + "}";
            }
            return o instanceof Number ? o.toString() : quote(String.valueOf(o));
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
