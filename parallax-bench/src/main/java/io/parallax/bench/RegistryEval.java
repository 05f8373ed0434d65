package io.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.bench.extraction.Machine;
import io.parallax.cli.Cli;
import io.parallax.link.EntityRegistry;
import io.parallax.link.LinkerConfig;
import io.parallax.link.NameKeys;
import io.parallax.link.NameMatcher;
import io.parallax.link.Resolution;
import io.parallax.link.Romanizer;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.model.AnalyzedDocument;
import io.parallax.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval registry --store DIR}: CPU time of replaying a store's analysed documents through the entity
 * registry, which is what opening a store costs in linking. The documents are read into memory first; each round
 * then builds a fresh registry over the shared gazetteer and adds every document in store order.
 *
 * <p>Two kinds of round: "fresh keys" builds new {@link NameKeys} (and so a new {@link Romanizer} and empty caches)
 * every round, as a process opening a store does; "shared keys" reuses one {@link NameKeys}, as a replay after a
 * user decision does. The first fresh round also pays the JIT warm-up, as a real store opening does; it is
 * reported apart. The registry is the product's, with the shipped transliteration models, unless
 * {@code --no-model}. A fingerprint of every mention's entity id shows that the rounds, and builds, agree.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Entity registry replay: CPU time per replay of a store's documents.")
public final class RegistryEval implements Callable<Integer> {

    @Option(names = "--store", required = true, description = "An existing Parallax store (e.g. from 'parallax "
            + "eval events --store DIR' or 'parallax ingest --store DIR samples').")
    Path store;

    @Option(names = "--rounds", defaultValue = "6", description = "Replays of each kind (the first fresh one is the "
            + "cold one).")
    int rounds;

    @Option(names = "--out", defaultValue = "parallax-bench/results/registry.json", description = "Results file "
            + "(JSON).")
    Path out;

    @Option(names = "--no-model", description = "Replay without the transliteration models (the registry's "
            + "cross-script step off), for comparison.")
    boolean noModel;

    @Spec
    CommandSpec spec;

    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws IOException {
        if (rounds < 2) {
            throw new IllegalArgumentException("--rounds must be at least 2");
        }
        PrintWriter w = spec.commandLine().getOut();
        List<AnalyzedDocument> docs = new ArrayList<>();
        try (LuceneStore s = LuceneStore.open(store)) {
            s.forEachDocument(docs::add);
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents in store " + store);
        }
        long mentions = docs.stream().mapToLong(d -> d.mentions().size()).sum();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        w.printf(Locale.ROOT, "%d documents, %d mentions%n", docs.size(), mentions);

        long t0 = cpuNanos();
        NameKeys shared = new NameKeys(new Romanizer());
        double keysMs = (cpuNanos() - t0) / 1e6;
        NameMatcher matcher = noModel ? null : NameMatcher.standard(shared, gazetteer);
        double[] fresh = new double[rounds];
        String fingerprint = null;
        for (int r = 0; r < rounds; r++) {
            long start = cpuNanos();
            EntityRegistry reg = replay(new NameKeys(new Romanizer()), gazetteer, matcher, docs);
            fresh[r] = (cpuNanos() - start) / 1e6;
            fingerprint = check(fingerprint, fingerprint(reg, docs));
        }
        double[] warm = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = cpuNanos();
            EntityRegistry reg = replay(shared, gazetteer, matcher, docs);
            warm[r] = (cpuNanos() - start) / 1e6;
            fingerprint = check(fingerprint, fingerprint(reg, docs));
        }
        double freshMedian = median(Arrays.copyOfRange(fresh, 1, rounds));
        double warmMedian = median(warm);
        w.printf(Locale.ROOT, "name keys (romanizer) construction: %.0f ms CPU%n", keysMs);
        w.printf(Locale.ROOT, "replay, fresh keys: first %.0f ms CPU, median of the rest %.0f ms (%.1f µs/mention)%n",
                fresh[0], freshMedian, freshMedian * 1000 / mentions);
        w.printf(Locale.ROOT, "replay, shared keys: median %.0f ms CPU (%.1f µs/mention)%n", warmMedian,
                warmMedian * 1000 / mentions);
        w.println("fingerprint " + fingerprint);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        results.put("store", store.toString());
        results.put("transliterationModels", !noModel);
        results.put("documents", docs.size());
        results.put("mentions", mentions);
        results.put("keysConstructionCpuMs", keysMs);
        results.put("freshKeysCpuMs", fresh);
        results.put("freshKeysFirstCpuMs", fresh[0]);
        results.put("freshKeysMedianCpuMs", freshMedian);
        results.put("sharedKeysCpuMs", warm);
        results.put("sharedKeysMedianCpuMs", warmMedian);
        results.put("fingerprint", fingerprint);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        w.println("results: " + out);
        w.flush();
        return Cli.OK;
    }

    private static EntityRegistry replay(NameKeys keys, Gazetteer gazetteer, NameMatcher matcher,
                                         List<AnalyzedDocument> docs) {
        EntityRegistry reg = new EntityRegistry(LinkerConfig.DEFAULT, keys, gazetteer, matcher, List.of());
        for (AnalyzedDocument d : docs) {
            reg.add(d);
        }
        return reg;
    }

    private long cpuNanos() {
        return cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** SHA-256 over every mention's span, entity id and reason, in document order. */
    private static String fingerprint(EntityRegistry reg, List<AnalyzedDocument> docs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (AnalyzedDocument d : docs) {
                for (Resolution r : reg.resolutions(d.id())) {
                    String line = d.id() + "\t" + r.mention().provenance().start() + "\t" + r.entity() + "\t" + r.reason() + "\n";
                    md.update(line.getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String check(String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            throw new IllegalStateException("replays disagree: fingerprint " + expected + " then " + actual);
        }
        return actual;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
