package io.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.cli.Cli;
import io.parallax.link.NameKeys;
import io.parallax.link.NameMatcher;
import io.parallax.link.Romanizer;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.link.translit.HardNegatives;
import io.parallax.link.translit.TranslitPair;
import io.parallax.link.translit.TranslitText;
import io.parallax.link.translit.TransliterationEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * romanisation and key similarity) is measured beside it.
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        NameKeys keys = new NameKeys(new Romanizer());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        NameMatcher system = NameMatcher.standard(keys, gazetteer);
        NameMatcher baseline = new NameMatcher(keys, gazetteer, Map.of());
        Map<String, Object> results = new LinkedHashMap<>();
        w.println("set\tpairs\taccuracy\tprecision\trecall\tbaseline_accuracy\tms_per_pair");
        Path gold = data.resolve("ru-en-pairs-dev.gold.tsv");
        if (Files.exists(gold)) {
            results.put("ru-en-gold", run("ru-en-gold", TranslitPair.readLabelled(gold), system, baseline, w));
        }
        for (String script : SCRIPTS) {
            Path dev = data.resolve("wikidata-translit/wd_" + script + "_16.gz");
            if (Files.exists(dev)) {
                results.put(script + "-dev", run(script + "-dev", devPairs(dev), system, baseline, w));
            }
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no name data under " + data
                    + " (expected ru-en-pairs-dev.gold.tsv and wikidata-translit/wd_*_16.gz)");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        w.println("results: " + out);
        w.flush();
        return Cli.OK;
    }

    private List<TranslitPair> devPairs(Path dev) throws IOException {
        List<TranslitPair> all = TranslitPair.readWikidata(dev);
        List<TranslitPair> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(seed));
        if (pairs > 0 && sample.size() > pairs) {
            sample = sample.subList(0, pairs);
        }
        return new HardNegatives(all, new TranslitText()).withNegatives(sample);
    }

    private static Map<String, Object> run(String name, List<TranslitPair> set, NameMatcher system,
                                           NameMatcher baseline, PrintWriter w) {
        TransliterationEvaluator ev = new TransliterationEvaluator();
        long t0 = System.nanoTime();
        TransliterationEvaluator.Result r = ev.evaluate(set, (a, b) -> system.compare(a, b).same() ? 1 : 0, 0.5);
        double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, set.size());
        TransliterationEvaluator.Result base = ev.evaluate(set, (a, b) -> baseline.compare(a, b).same() ? 1 : 0,
                0.5);
        w.printf(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.3f%n", name, r.total(), r.accuracy(), r.precision(),
                r.recall(), base.accuracy(), ms);
        w.flush();
        Map<String, Object> m = new LinkedHashMap<>(r.asMap());
        m.put("baseline", base.asMap());
        m.put("msPerPair", ms);
        return m;
    }
}
