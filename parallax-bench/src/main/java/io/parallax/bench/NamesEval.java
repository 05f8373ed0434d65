package io.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.cli.Cli;
import io.parallax.link.NameKeys;
import io.parallax.link.NameMatcher;
import io.parallax.link.Romanizer;
import io.parallax.link.Script;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.link.translit.HardNegatives;
import io.parallax.link.translit.TranslitPair;
import io.parallax.link.translit.TranslitText;
import io.parallax.link.translit.TransliterationModel;
import io.parallax.link.translit.TransliterationEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval names}: same/different accuracy of {@link NameMatcher} on English ↔ other-script person
 * names. For each {@code wd_<script>_16.gz} (dev) file: a seeded sample of true pairs, each with its hard negative
 * (the most similar other English name of the same file); plus the ready-made {@code ru-en-pairs-dev.gold.tsv}.
 * The shipped models were trained on the {@code _64} files only. A baseline without learned models (ICU
 * romanisation and key similarity) is measured beside it. Each set also gets unrelated pairs (every true pair's
 * target with an English name of the same set drawn at random, seeded): the share of those called the same is a
 * matcher's false-merge rate on the comparisons that dominate a real corpus, which hard negatives never probe.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Name matching across scripts: accuracy, precision and recall of 'same' on dev pairs.")
public final class NamesEval implements Callable<Integer> {

    private static final List<String> SCRIPTS = List.of("russian", "hebrew", "arabic", "japanese", "katakana",
            "korean", "chinese");

    @Option(names = "--data", required = true, description = "The names data directory (../shared/data/names).")
    Path data;

    @Option(names = "--pairs", defaultValue = "2000", description = "True pairs sampled per script (each gets a "
            + "hard negative); 0 for all.")
    int pairs;

    @Option(names = "--seed", defaultValue = "16", description = "Seed of the sample.")
    long seed;

    @Option(names = "--out", defaultValue = "parallax-bench/results/names.json", description = "Results file (JSON).")
    Path out;

    @Option(names = "--model", description = "A model file to use instead of the shipped one for its script, as "
            + "script=path (russian=/tmp/ru.json.gz); repeatable.")
    Map<String, Path> modelFiles = new LinkedHashMap<>();

    @Option(names = "--sets", split = ",", description = "Only these sets: gold and/or script names (default: all).")
    List<String> sets = List.of();

    @Option(names = "--errors", description = "Write every wrongly decided pair here (TSV: set, latin, other, gold, "
            + "score, reason).")
    Path errors;

    @Spec
    CommandSpec spec;

    private final List<String> wrong = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        NameKeys keys = new NameKeys(new Romanizer());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        NameMatcher system = new NameMatcher(keys, gazetteer, models());
        NameMatcher baseline = new NameMatcher(keys, gazetteer, Map.of());
        Map<String, Object> results = new LinkedHashMap<>();
        w.println("set\tpairs\taccuracy\tprecision\trecall\tbaseline_accuracy\tunrelated_accepted\tms_per_pair");
        Path gold = data.resolve("ru-en-pairs-dev.gold.tsv");
        if (Files.exists(gold) && wanted("gold")) {
            List<TranslitPair> labelled = TranslitPair.readLabelled(gold);
            List<TranslitPair> truePairs = labelled.stream().filter(TranslitPair::same).toList();
            results.put("ru-en-gold", run("ru-en-gold", new Sets(labelled, unrelated(truePairs, truePairs)), system,
                    baseline, w));
        }
        for (String script : SCRIPTS) {
            Path dev = data.resolve("wikidata-translit/wd_" + script + "_16.gz");
            if (Files.exists(dev) && wanted(script)) {
                results.put(script + "-dev", run(script + "-dev", devPairs(dev), system, baseline, w));
            }
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no name data under " + data
                    + " (expected ru-en-pairs-dev.gold.tsv and wikidata-translit/wd_*_16.gz)");
        }
        if (errors != null) {
            Files.write(errors, wrong);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        w.println("results: " + out);
        w.flush();
        return Cli.OK;
    }

    /** The model a set is read with: the gold file is Russian, Katakana is read by the Japanese model. */
    private static String modelOf(String set) {
        return switch (set) {
            case "gold" -> "russian";
            case "katakana" -> "japanese";
            default -> set;
        };
    }

    private boolean wanted(String set) {
        return sets.isEmpty() || sets.contains(set);
    }

    /** The shipped models, with those given by {@code --model} in their place. */
    private Map<Script, TransliterationModel> models() throws IOException {
        Map<Script, TransliterationModel> models = new EnumMap<>(Script.class);
        for (Map.Entry<Script, String> e : NameMatcher.MODEL_NAMES.entrySet()) {
            if (!sets.isEmpty() && sets.stream().map(NamesEval::modelOf).noneMatch(e.getValue()::equals)) {
                continue;
            }
            Path file = modelFiles.get(e.getValue());
            TransliterationModel m;
            if (file == null) {
                m = TransliterationModel.loadResource(e.getValue());
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    m = TransliterationModel.read(in);
                }
            }
            if (m != null) {
                models.put(e.getKey(), m);
            }
        }
        return models;
    }

    /** Labelled pairs (true pairs with their hard negatives) and unrelated pairs, all "different". */
    private record Sets(List<TranslitPair> labelled, List<TranslitPair> unrelated) {
    }

    private Sets devPairs(Path dev) throws IOException {
        List<TranslitPair> all = TranslitPair.readWikidata(dev);
        List<TranslitPair> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(seed));
        if (pairs > 0 && sample.size() > pairs) {
            sample = sample.subList(0, pairs);
        }
        return new Sets(new HardNegatives(all, new TranslitText()).withNegatives(sample), unrelated(all, sample));
    }

    /** Each of {@code sample}'s targets with a Latin name of {@code pool} drawn at random (seeded). */
    private List<TranslitPair> unrelated(List<TranslitPair> pool, List<TranslitPair> sample) {
        return new HardNegatives(pool, new TranslitText()).randomNegatives(sample, 1.0, new Random(seed));
    }

    private Map<String, Object> run(String name, Sets sets, NameMatcher system, NameMatcher baseline,
                                    PrintWriter w) {
        List<TranslitPair> set = sets.labelled();
        TransliterationEvaluator ev = new TransliterationEvaluator();
        long t0 = System.nanoTime();
        TransliterationEvaluator.Result r = ev.evaluate(set, (a, b) -> system.compare(a, b).same() ? 1 : 0, 0.5);
        if (errors != null) {
            for (TranslitPair p : set) {
                NameMatcher.Match m = system.compare(p.latin(), p.other());
                if (m.same() != p.same()) {
                    wrong.add(String.join("\t", name, p.latin(), p.other(), p.same() ? "same" : "different",
                            String.format(Locale.ROOT, "%.3f", m.score()), m.reason()));
                }
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, set.size());
        TransliterationEvaluator.Result base = ev.evaluate(set, (a, b) -> baseline.compare(a, b).same() ? 1 : 0,
                0.5);
        double unrelated = sets.unrelated().stream().filter(p -> system.compare(p.latin(), p.other()).same())
                .count() / (double) Math.max(1, sets.unrelated().size());
        w.printf(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.3f%n", name, r.total(), r.accuracy(),
                r.precision(), r.recall(), base.accuracy(), unrelated, ms);
        w.flush();
        Map<String, Object> m = new LinkedHashMap<>(r.asMap());
        m.put("baseline", base.asMap());
        m.put("unrelatedPairs", sets.unrelated().size());
        m.put("unrelatedAccepted", unrelated);
        m.put("msPerPair", ms);
        return m;
    }
}
