package io.parallax.bench.links;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.bench.extraction.Machine;
import io.parallax.bench.fallback.NtrexDocuments;
import io.parallax.link.EntityRegistry;
import io.parallax.link.LinkerConfig;
import io.parallax.link.NameKeys;
import io.parallax.link.NameMatcher;
import io.parallax.link.Resolution;
import io.parallax.link.Romanizer;
import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Entity;
import io.parallax.model.Mention;
import io.parallax.model.RawDocument;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval links}: how many entities the whole pipeline links across languages, on NTREX-128, where
 * every document exists in English and in professional translation. For each language, a fresh registry takes
 * each English document and then its translation. An entity holding mentions of both an English document and its
 * own translation is a link the translation supports ("parallel"); an entity holding a translation's mentions and
 * English mentions only from other documents is counted apart ("elsewhere": often right, as the same people recur
 * in the news, but where wrong merges show). There is no gold: more parallel links at the same "elsewhere" count is
 * better, and the listed links are there to be read.
 */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = "Cross-language entity links through the whole pipeline on NTREX-128 (English and each "
                + "translation).")
public final class LinksEval implements Callable<Integer> {

    @Option(names = "--ntrex", defaultValue = "../shared/data/xling/ntrex", description = "NTREX directory.")
    Path ntrex;

    @Option(names = "--langs", split = ",", defaultValue = "ru,ar,zh,sv,de,fr",
            description = "Translation languages (default ru,ar,zh,sv,de,fr).")
    List<String> languages;

    @Option(names = "--no-model", description = "Ablation: the registry without its transliteration models.")
    boolean noModel;

    @Option(names = "--show", defaultValue = "0", description = "Print up to N entities per language with parallel "
            + "links, and up to N with links elsewhere only.")
    int show;

    @Option(names = "--out", description = "Results file (JSON).")
    Path out;

    @Spec
    CommandSpec spec;

    /** Links of one language. */
    record Tally(int parallel, int elsewhere, int entities, List<String> linked, List<String> elsewhereOnly) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        Path input = ntrex.resolve("input.jsonl");
        if (!Files.isRegularFile(input)) {
            w.println("skipped: " + input + " is absent (NTREX-128 from ../shared/data)");
            return 0;
        }
        List<NtrexDocuments.Aligned> docs = NtrexDocuments.read(input, "all");
        Pipeline pipeline = Pipeline.standard(PipelineConfig.defaults());
        NameKeys keys = new NameKeys(new Romanizer());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        NameMatcher matcher = noModel ? null : NameMatcher.standard(keys, gazetteer);
        Map<String, AnalyzedDocument> english = analyse(pipeline, docs, "en");
        Map<String, Object> results = new LinkedHashMap<>();
        w.println("| language | documents | entities | parallel links | elsewhere |");
        w.println("|---|---|---|---|---|");
        for (String lang : languages) {
            Map<String, AnalyzedDocument> translated = analyse(pipeline, docs, lang);
            EntityRegistry registry = new EntityRegistry(LinkerConfig.DEFAULT, keys, gazetteer, matcher, List.of());
            for (String id : translated.keySet()) {
                registry.add(english.get(id));
                registry.add(translated.get(id));
            }
            Map<Mention, String> reasons = new HashMap<>();
            for (AnalyzedDocument d : translated.values()) {
                for (Resolution r : registry.resolutions(d.id())) {
                    reasons.put(r.mention(), r.reason());
                }
            }
            Tally t = tally(registry.entities(), lang, reasons);
            w.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", lang, translated.size(), t.entities(),
                    t.parallel(), t.elsewhere());
            t.linked().stream().limit(show).forEach(s -> w.println("    parallel: " + s));
            t.elsewhereOnly().stream().limit(show).forEach(s -> w.println("    elsewhere only: " + s));
            results.put(lang, Map.of("documents", translated.size(), "parallel", t.parallel(),
                    "elsewhere", t.elsewhere(), "entities", t.entities()));
        }
        if (out != null) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("machine", Machine.describe());
            file.put("command", "parallax eval links" + (noModel ? " --no-model" : "") + " --langs "
                    + String.join(",", languages));
            file.put("languages", results);
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), file);
            w.println("results: " + out);
        }
        return 0;
    }

    /** The documents of one language, analysed, by NTREX document id (those that have that language). */
    private static Map<String, AnalyzedDocument> analyse(Pipeline pipeline, List<NtrexDocuments.Aligned> docs,
                                                         String lang) {
        Map<String, AnalyzedDocument> out = new LinkedHashMap<>();
        for (NtrexDocuments.Aligned d : docs) {
            List<String> lines = d.lines().get(lang);
            if (lines == null || !d.lines().containsKey("en")) {
                continue;
            }
            String text = lines.get(0) + "\n\n" + String.join("\n", lines.subList(1, lines.size()));
            RawDocument raw = RawDocument.of(d.id() + "-" + lang, d.id() + "-" + lang,
                    text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
            try {
                out.put(d.id(), pipeline.analyze(pipeline.extract(raw)));
            } catch (io.parallax.extract.ExtractionException e) {
                throw new IllegalStateException("NTREX document " + raw.id() + " could not be read: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Parallel and elsewhere links of the registry's entities, for translation language {@code lang}; each listed
     * translation name carries the reason it was linked, where {@code reasons} has one.
     */
    static Tally tally(List<Entity> entities, String lang, Map<Mention, String> reasons) {
        int parallel = 0;
        int elsewhere = 0;
        int crossing = 0;
        List<String> linked = new ArrayList<>();
        List<String> elsewhereOnly = new ArrayList<>();
        for (Entity e : entities) {
            Set<String> en = new HashSet<>();
            Set<String> other = new HashSet<>();
            Map<String, String> otherNames = new LinkedHashMap<>();   // each name with its first link's reason
            for (Mention m : e.mentions()) {
                String doc = m.provenance().document();
                String id = doc.substring(0, doc.lastIndexOf('-'));
                if (doc.endsWith("-en")) {
                    en.add(id);
                } else if (doc.endsWith("-" + lang)) {
                    other.add(id);
                    String reason = reasons.get(m);
                    otherNames.putIfAbsent(m.text(), m.text() + (reason == null ? "" : " [" + reason + "]"));
                }
            }
            if (en.isEmpty() || other.isEmpty()) {
                continue;
            }
            crossing++;
            Set<String> both = new HashSet<>(en);
            both.retainAll(other);
            parallel += both.size();
            elsewhere += other.size() - both.size();
            String line = e.name() + " (" + e.type() + ") = " + String.join(", ", otherNames.values());
            (both.isEmpty() ? elsewhereOnly : linked).add(line);
        }
        return new Tally(parallel, elsewhere, crossing, linked, elsewhereOnly);
    }
}
