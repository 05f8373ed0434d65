package io.parallax.bench.langid;

import io.parallax.bench.langid.LangidData.Kind;
import io.parallax.lang.LanguageIdentifier;
import io.parallax.lang.LanguageIdentifierEvaluator;
import io.parallax.lang.LanguageIdentifierEvaluator.Result;
import io.parallax.lang.LanguageIdentifiers;
import io.parallax.lang.NgramLanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code parallax eval langid}: accuracy (mean over languages) on sentences, word pairs and single words, heap and
 * throughput of Parallax's identifier and its peers (Lingua full, low-accuracy and restricted; OpenNLP) on the same
 * held-out lines; the Nordic pairs, the calibration table, mixed documents and bad input for Parallax. Prints the
 * report and writes it to the {@code ## Language identification} section of BENCHMARKS.md.
 */
@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Language identification: Parallax vs Lingua and OpenNLP on the held-out half of the Lingua test data.")
public final class LangidEval implements Callable<Integer> {

    /** The restricted configuration: the languages of the project's cross-lingual news set (NTREX). */
    static final Set<String> RESTRICTED = Set.of("en", "sv", "da", "nb", "nn", "fi", "is", "de", "fr", "es", "ru",
            "pl", "ar", "zh");

    @Mixin
    LinguaDataOption data;

    @Mixin
    ReportOptions report;

    @Option(names = "--peers", defaultValue = "true", negatable = true, description = "Measure Lingua and OpenNLP too.")
    boolean peers;

    @Override
    public Integer call() throws Exception {
        Path dir = data.dir();
        LangidData d = LangidData.load(dir);
        List<Measured> runs = new ArrayList<>();
        for (Config c : configs()) {
            System.err.println("measuring " + c.name() + " …");
            runs.add(measure(c, d));
        }
        report.publish("## Language identification", new LangidReport(d, runs, dir).render());
        return 0;
    }

    private List<Config> configs() {
        List<Config> out = new ArrayList<>();
        out.add(new Config("Parallax", LanguageIdentifiers::standard, null));
        out.add(new Config("Parallax restricted", () -> new NgramLanguageIdentifier(LanguageIdentifiers.ngramModel(),
                LanguageIdentifiers.wordModel(), RESTRICTED), RESTRICTED));
        if (peers) {
            out.add(new Config("OpenNLP 2.5.11", LanguageIdentifiers::openNlp, null));
            out.add(new Config("Lingua restricted", () -> LinguaIdentifier.restricted(RESTRICTED), RESTRICTED));
            out.add(new Config("Lingua low accuracy", LinguaIdentifier::lowAccuracy, null));
            out.add(new Config("Lingua full", LinguaIdentifier::full, null));
        }
        return out;
    }

    private static Measured measure(Config c, LangidData d) throws Exception {
        long before = HeapMeter.retained();
        long t0 = System.nanoTime();
        LanguageIdentifier id = c.make().get();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heap = HeapMeter.retained() - before;
        warmUp(id, d);
        Map<Kind, Result> results = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            results.put(kind, LanguageIdentifierEvaluator.evaluate(id, texts(d.heldOut().get(kind), c.languages())));
        }
        Measured m = new Measured(c, heap, loadSeconds, results, id instanceof NgramLanguageIdentifier ? id : null);
        if (id instanceof AutoCloseable closeable) {
            closeable.close();
        }
        return m;
    }

    /** About three thousand calls on tuning lines first, so that the JIT has compiled the hot paths before timing. */
    private static void warmUp(LanguageIdentifier id, LangidData d) {
        for (Kind kind : Kind.values()) {
            d.tune().get(kind).values().stream().flatMap(l -> l.stream().limit(12)).forEach(id::identify);
        }
    }

    private static Map<String, List<String>> texts(Map<String, List<String>> all, Set<String> languages) {
        Map<String, List<String>> out = new TreeMap<>(all);
        if (languages != null) {
            out.keySet().retainAll(languages);
        }
        return out;
    }

    /** A detector configuration: its name, how to make it, and the languages it is evaluated on (null: all). */
    record Config(String name, Supplier<LanguageIdentifier> make, Set<String> languages) {
    }

    /** One configuration's figures; {@code parallax} keeps Parallax's identifier for the extra checks. */
    record Measured(Config config, long heapBytes, double loadSeconds, Map<Kind, Result> results,
                    LanguageIdentifier parallax) {

        double mean() {
            return results.values().stream().mapToDouble(Result::meanAccuracy).average().orElse(0);
        }

        double throughput() {
            long items = results.values().stream().mapToLong(Result::items).sum();
            long nanos = results.values().stream().mapToLong(Result::nanos).sum();
            return items * 1e9 / nanos;
        }

        Map<String, Double> byKind() {
            Map<String, Double> out = new LinkedHashMap<>();
            results.forEach((k, r) -> out.put(k.dir, r.meanAccuracy()));
            return out;
        }
    }
}
