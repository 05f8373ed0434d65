package io.parallax.bench.fallback;

import io.parallax.bench.fallback.LineAnalysis.Found;
import io.parallax.cli.Cli;
import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.link.NameConventions;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.RawDocument;
import io.parallax.ner.LinearNameFinder;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameFinders;
import io.parallax.ner.fallback.Evidence;
import io.parallax.ner.fallback.FallbackConfig;
import io.parallax.ner.fallback.FallbackNameFinder;
import io.parallax.ner.fallback.KnownNames;
import io.parallax.ner.fallback.FallbackNameFinders;
import io.parallax.ner.fallback.SharedNameData;
import io.parallax.pack.LanguagePack;
import io.parallax.pack.LanguagePacks;
import io.parallax.pack.PackResources;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.util.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval ner-fallback}: the fallback name finder (languages without a trained model) measured two
 * ways. (1) Silver: on NTREX-128, the English model's names projected onto the aligned translations
 * ({@link SilverProjection}); precision and recall per language, per type and per kind of evidence. (2) Smoke: on
 * the project's sample corpus, the share of {@code expected.json}'s entity variants found with their type.
 * For Swedish, the trained model is scored on the same silver names beside the fallback, as a reference.
 */
@Command(name = "ner-fallback",
        mixinStandardHelpOptions = true,
        description = {"Score the fallback name finder on silver names projected from English (NTREX-128) and on "
                + "the sample corpus's answer key."})
public final class FallbackNerEval implements Callable<Integer> {

    /** Pseudo-counts of the configured confidence when suggesting one from measured precision. */
    private static final int CALIBRATION_WEIGHT = 5;

    static final List<String> LANGUAGES = List.of("de", "fr", "es", "da", "nb", "nn", "sv", "fi", "is", "pl", "ru",
            "ar", "zh", "en");

    @Option(names = "--ntrex", paramLabel = "DIR", description = "NTREX directory (default ../shared/data/xling/ntrex).")
    Path ntrex;

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample corpus with expected.json (default samples).")
    Path samples;

    @Option(names = "--part", defaultValue = "test", description = "NTREX half: dev, test or all.")
    String part;

    @Option(names = "--langs", split = ",", description = "Languages (default: all of NTREX's).")
    List<String> languages = new ArrayList<>(LANGUAGES);

    @Option(names = "--show", defaultValue = "0", description = "Print up to N wrong and missed names per language.")
    int show;

    @Option(names = "--ablation", description = "Also score the fallback without its known-names list.")
    boolean ablation;

    @Option(names = "--evidence-langs", split = ",", defaultValue = "de,fr,es",
            description = "Languages pooled in the precision-by-evidence table (default: de,fr,es).")
    List<String> evidenceLanguages;

    @Option(names = "--results", paramLabel = "FILE", description = "Also write the figures to FILE (JSON).")
    Path results;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> figures = new LinkedHashMap<>();
        Path dir = ntrex != null ? ntrex : SharedData.resolve("data/xling/ntrex").orElse(null);
        if (dir != null) {
            figures.put("silver", silver(out, dir));
        } else {
            out.println("NTREX data absent (../shared/data/xling/ntrex): skipping the silver evaluation");
        }
        Path sampleDir = samples != null ? samples : Path.of("samples");
        if (sampleDir.resolve("expected.json").toFile().exists()) {
            figures.put("samples", samples(out, sampleDir));
        }
        if (results != null) {
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(results.toFile(), figures);
        }
        return Cli.OK;
    }

    private Map<String, Object> silver(PrintWriter out, Path dir) throws IOException {
        List<NtrexDocuments.Aligned> docs = NtrexDocuments.read(dir.resolve("input.jsonl"), part);
        LanguagePacks packs = LanguagePacks.standard();
        SharedNameData shared = SharedNameData.standard();
        NameFinder english = NameFinders.load(new PackResources("en")).orElseThrow();
        Map<String, LineAnalysis> en = new LinkedHashMap<>();
        Map<String, List<Found>> enNames = new LinkedHashMap<>();
        for (NtrexDocuments.Aligned d : docs) {
            LineAnalysis a = new LineAnalysis(packs.forLanguage("en"), d.lines().get("en"));
            en.put(d.id(), a);
            enNames.put(d.id(), a.names(english));
        }
        out.printf(Locale.ROOT, "NTREX %s half: %d documents, %d English names (trained English model)%n%n", part,
                docs.size(), enNames.values().stream().mapToInt(List::size).sum());
        out.println("| language | system | docs | English names projected | complete lines | silver names "
                + "| found | P | R | F1 | untyped F1 | F1, places also by gazetteer | tokens/s |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Object> m = new LinkedHashMap<>();
        Map<Evidence, SilverScores.Tally> evidence = new TreeMap<>();
        SilverProjection byName = new SilverProjection(shared.keys(), null);
        SilverProjection byPlace = new SilverProjection(shared.keys(), shared.places());
        for (String lang : languages) {
            LanguagePack pack = packs.forLanguage(lang);
            NameConventions conventions = NameConventions.load(lang);
            Map<String, NameFinder> systems = systems(lang, shared, ablation);
            for (var sys : systems.entrySet()) {
                SilverScores s = new SilverScores();
                SilverScores g = new SilverScores();
                List<String> errors = new ArrayList<>();
                List<LineAnalysis> targets = new ArrayList<>();
                for (NtrexDocuments.Aligned d : docs) {
                    List<String> lines = d.lines().get(lang);
                    if (lines == null) {
                        continue;
                    }
                    LineAnalysis target = new LineAnalysis(pack, lines);
                    targets.add(target);
                    List<Found> found = target.names(sys.getValue());
                    score(s, byName, en.get(d.id()), enNames.get(d.id()), target, conventions, found, lang, errors);
                    score(g, byPlace, en.get(d.id()), enNames.get(d.id()), target, conventions, found, lang, null);
                }
                double speed = tokensPerSecond(sys.getValue(), targets);
                out.println(row(lang, sys.getKey(), s, g) + String.format(Locale.ROOT, " %.0f |", speed));
                if (sys.getKey().equals("fallback") && evidenceLanguages.contains(lang)) {
                    s.byEvidence.forEach((e, t) -> merge(evidence.computeIfAbsent(e, k -> new SilverScores.Tally()), t));
                }
                Map<String, Object> f = figures(s, g);
                f.put("tokensPerSecond", Math.round(speed));
                m.put(lang + "." + sys.getKey(), f);
                errors.stream().limit(show).forEach(e -> out.println("    " + e));
            }
            out.flush();
        }
        out.println();
        out.println("Fallback names in complete lines by evidence (" + String.join(", ", evidenceLanguages)
                + "): precision, and the "
                + "confidence it suggests (precision smoothed toward the configured confidence with "
                + CALIBRATION_WEIGHT + " pseudo-counts)");
        out.println("| evidence | found | right | precision | configured | suggested |");
        out.println("|---|---|---|---|---|---|");
        Map<String, Object> ev = new LinkedHashMap<>();
        FallbackConfig config = FallbackConfig.DEFAULT;
        evidence.forEach((e, t) -> {
            double prior = config.of(e);
            double suggested = (t.foundRight + CALIBRATION_WEIGHT * prior) / (t.found + CALIBRATION_WEIGHT);
            out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.2f |%n", e, t.found, t.foundRight,
                    100 * t.precision(), prior, suggested);
            ev.put(e.name(), round(100 * t.precision()));
        });
        m.put("evidencePrecision", ev);
        return m;
    }

    /**
     * The systems to score for a language: the fallback, without its known-names list when asked (the list comes
     * from the same English model as the silver names, so it shares that model's conventions), and the trained
     * model where there is one.
     */
    private static Map<String, NameFinder> systems(String lang, SharedNameData shared, boolean ablation) {
        Map<String, NameFinder> out = new LinkedHashMap<>();
        out.put("fallback", FallbackNameFinders.load(new PackResources(lang)));
        if (ablation) {
            SharedNameData without = new SharedNameData(shared.keys(), shared.places(), shared.names(),
                    KnownNames.empty());
            out.put("fallback without known names", new FallbackNameFinder(
                    FallbackNameFinders.model(new PackResources(lang), without, FallbackConfig.DEFAULT)));
        }
        NameFinders.loadModel(new PackResources(lang)).ifPresent(m -> {
            if (!lang.equals("en")) {
                out.put("trained", new LinearNameFinder(m));
            }
        });
        return out;
    }

    private static void score(SilverScores s, SilverProjection projection, LineAnalysis en, List<Found> enNames,
                              LineAnalysis target, NameConventions conventions, List<Found> found, String lang,
                              List<String> errors) {
        SilverProjection.Result r;
        if (lang.equals("en")) {
            boolean[] all = new boolean[target.lines.size()];
            java.util.Arrays.fill(all, true);
            r = new SilverProjection.Result(enNames, all, enNames.size(), enNames.size());
        } else {
            r = projection.project(en, enNames, target, conventions);
        }
        s.english += r.english();
        s.projected += r.projected();
        s.add(r.gold(), found, r.complete());
        if (errors != null) {
            Errors.collect(r, found, target, errors);
        }
    }

    /**
     * Tokens per second of one thread over the documents' sentences, names only (the text analysis is done):
     * one warm-up pass, then whole passes for at least {@value #TIMING_NANOS} ns.
     */
    private static double tokensPerSecond(NameFinder finder, List<LineAnalysis> docs) {
        List<List<String[]>> inputs = docs.stream()
                .map(a -> a.sentences.stream().map(io.parallax.model.Sentence::tokenTexts).toList()).toList();
        long tokens = inputs.stream().flatMap(List::stream).mapToLong(t -> t.length).sum();
        inputs.forEach(finder::findAll);
        long start = System.nanoTime();
        long done = 0;
        while (System.nanoTime() - start < TIMING_NANOS) {
            inputs.forEach(finder::findAll);
            done += tokens;
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private static final long TIMING_NANOS = 2_000_000_000L;

    private static String row(String lang, String system, SilverScores s, SilverScores g) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %.0f%% | %.0f%% | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |",
                lang, system, s.documents, 100.0 * s.projected / Math.max(1, s.english),
                100.0 * s.completeLines / Math.max(1, s.lines), s.typed.gold, s.typed.found,
                100 * s.typed.precision(), 100 * s.typed.recall(), 100 * s.typed.f1(), 100 * s.untyped.f1(),
                100 * g.typed.f1());
    }

    private static Map<String, Object> figures(SilverScores s, SilverScores g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(100 * s.typed.precision()));
        m.put("recall", round(100 * s.typed.recall()));
        m.put("f1", round(100 * s.typed.f1()));
        m.put("untypedF1", round(100 * s.untyped.f1()));
        m.put("f1WithGazetteerProjection", round(100 * g.typed.f1()));
        s.byType.forEach((t, tally) -> m.put("f1." + t, round(100 * tally.f1())));
        m.put("silverNames", s.typed.gold);
        return m;
    }

    private static void merge(SilverScores.Tally into, SilverScores.Tally t) {
        into.found += t.found;
        into.foundRight += t.foundRight;
    }

    private Map<String, Object> samples(PrintWriter out, Path dir) throws IOException {
        SampleSmoke smoke = new SampleSmoke(dir.resolve("expected.json"));
        Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
        Map<String, List<SampleSmoke.DocResult>> byLang = new TreeMap<>();
        List<RawDocument> raws = new ArrayList<>();
        try (FileSource source = new FileSource(List.of(dir.toString()), SourceOptions.DEFAULTS.withSkip(
                id -> id.endsWith(".json") || id.endsWith(".md")))) {
            source.read(raws::add, p -> out.println("problem: " + p));
        }
        for (RawDocument raw : raws) {
            try {
                AnalyzedDocument a = pipeline.analyze(pipeline.extract(raw));
                SampleSmoke.DocResult r = smoke.check(a);
                byLang.computeIfAbsent(r.language(), k -> new ArrayList<>()).add(r);
            } catch (io.parallax.extract.ExtractionException e) {
                out.println("problem: " + raw.id() + ": " + e.getMessage());
            }
        }
        out.println();
        out.println("Sample corpus (samples/expected.json, written by the team: a smoke figure, not a benchmark)");
        out.println("| language | documents | variants present | found (exact text) | found with type |");
        out.println("|---|---|---|---|---|");
        Map<String, Object> m = new LinkedHashMap<>();
        byLang.forEach((lang, rs) -> {
            out.println(SampleSmoke.row(lang, rs));
            int present = rs.stream().mapToInt(SampleSmoke.DocResult::present).sum();
            m.put(lang, round(100.0 * rs.stream().mapToInt(SampleSmoke.DocResult::typed).sum() / Math.max(1, present)));
            if (show > 0) {
                rs.forEach(r -> out.println("    " + r.document() + " missed: " + r.missed()));
            }
        });
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
