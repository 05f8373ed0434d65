package io.parallax.bench.langid;

import io.parallax.bench.langid.LangidData.Kind;
import io.parallax.bench.langid.LangidEval.Measured;
import io.parallax.lang.LanguageIdentifier;
import io.parallax.lang.LanguageIdentifierEvaluator.Bucket;
import io.parallax.lang.LanguageIdentifierEvaluator.Result;
import io.parallax.model.LanguageGuess;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Renders the language-identification benchmark as Markdown. Not thread-safe; one report per instance. */
final class LangidReport {

    private static final List<String> NORDIC = List.of("da", "nb", "nn", "sv");

    private final LangidData data;
    private final List<Measured> runs;
    private final Path dir;
    private final StringBuilder out = new StringBuilder();

    LangidReport(LangidData data, List<Measured> runs, Path dir) {
        this.data = data;
        this.runs = runs;
        this.dir = dir;
    }

    String render() {
        Measured parallax = runs.get(0);
        line("Measured %s on %d cores (%s), Java %s, by `./parallax eval langid` (single-threaded; heap = retained "
                        + "heap after loading, by full GCs). Data: %s, 79 languages; each file split by a seeded shuffle "
                        + "(seed %d) into a tuning half and a held-out half. **All figures are on the held-out half**, "
                        + "which no model was trained or tuned on; %d texts per detector.",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), dir.getFileName(), LangidData.SEED, countItems(parallax));
        line("");
        summary();
        nordic();
        calibration(parallax);
        MixedDocuments.report(data, parallax.parallax(), out);
        badInput(parallax.parallax());
        perLanguage();
        return out.toString();
    }

    private void summary() {
        Set<String> linguaLanguages = linguaLanguages();
        line("Mean accuracy over languages (%%). \"75\" is the mean over the 75 languages Lingua 1.2.2 knows; the "
                + "restricted configurations are measured on their %d languages only.", LangidEval.RESTRICTED.size());
        line("");
        line("| detector | sentences | word pairs | single words | mean | mean (75) | heap MB | load s | texts/s |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Measured m : runs) {
            Map<Kind, Result> r = m.results();
            boolean restricted = m.config().languages() != null;
            double mean75 = r.values().stream().mapToDouble(x -> x.meanAccuracy(linguaLanguages)).average().orElse(0);
            line("| %s | %.2f | %.2f | %.2f | %.2f | %s | %.0f | %.1f | %.0f |", m.config().name(),
                    pct(r.get(Kind.SENTENCES).meanAccuracy()), pct(r.get(Kind.WORD_PAIRS).meanAccuracy()),
                    pct(r.get(Kind.SINGLE_WORDS).meanAccuracy()), pct(m.mean()),
                    restricted ? "—" : String.format(Locale.ROOT, "%.2f", pct(mean75)),
                    m.heapBytes() / 1e6, m.loadSeconds(), m.throughput());
        }
        line("");
        line("The same, over the %d languages Lingua 1.2.2 knows only (all-language configurations):", linguaLanguages.size());
        line("");
        line("| detector | sentences | word pairs | single words | mean |");
        line("|---|---:|---:|---:|---:|");
        for (Measured m : runs) {
            if (m.config().languages() == null) {
                Map<Kind, Result> r = m.results();
                double[] k = {r.get(Kind.SENTENCES).meanAccuracy(linguaLanguages),
                        r.get(Kind.WORD_PAIRS).meanAccuracy(linguaLanguages),
                        r.get(Kind.SINGLE_WORDS).meanAccuracy(linguaLanguages)};
                line("| %s | %.2f | %.2f | %.2f | %.2f |", m.config().name(), pct(k[0]), pct(k[1]), pct(k[2]),
                        pct((k[0] + k[1] + k[2]) / 3));
            }
        }
        line("");
    }

    private Set<String> linguaLanguages() {
        Set<String> out = new TreeSet<>(data.languages());
        out.removeIf(l -> LinguaModelData.class.getResource("/language-models/" + l + "/unigrams.json") == null);
        return out;
    }

    private void nordic() {
        line("Danish, Norwegian (Bokmål, Nynorsk) and Swedish sentences: accuracy per language (%%), and the mean with "
                + "Bokmål and Nynorsk counted as one language (\"no\").");
        line("");
        line("| detector | da | nb | nn | sv | mean | mean, nb = nn |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (Measured m : runs) {
            Result r = m.results().get(Kind.SENTENCES);
            if (!r.accuracy().keySet().containsAll(NORDIC)) {
                continue;
            }
            double merged = NORDIC.stream().mapToDouble(l -> mergedAccuracy(r, l)).average().orElse(0);
            line("| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |", m.config().name(),
                    pct(r.accuracy().get("da")), pct(r.accuracy().get("nb")), pct(r.accuracy().get("nn")),
                    pct(r.accuracy().get("sv")), pct(r.meanAccuracy(NORDIC)), pct(merged));
        }
        line("");
    }

    /** Accuracy when nb and nn count as the same answer. */
    private double mergedAccuracy(Result r, String lang) {
        double acc = r.accuracy().get(lang);
        if (!lang.equals("nb") && !lang.equals("nn")) {
            return acc;
        }
        String other = lang.equals("nb") ? "nn" : "nb";
        int n = data.heldOut().get(Kind.SENTENCES).get(lang).size();
        return acc + r.confusions().get(lang).getOrDefault(other, 0) / (double) n;
    }

    private void calibration(Measured parallax) {
        line("Calibration of Parallax's confidence (all three kinds of held-out text pooled): for each confidence "
                + "bucket, how many answers fell in it, their mean confidence and how many were right.");
        line("");
        line("| confidence | answers | mean confidence | accuracy |");
        line("|---|---:|---:|---:|");
        List<Bucket> pooled = pool(parallax);
        for (Bucket b : pooled) {
            if (b.count() > 0) {
                line("| %.2f–%.2f | %d | %.3f | %.3f |", b.from(), b.to(), b.count(), b.meanConfidence(), b.accuracy());
            }
        }
        line("");
    }

    private static List<Bucket> pool(Measured m) {
        List<Bucket> first = m.results().get(Kind.SENTENCES).calibration();
        List<Bucket> out = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            long n = 0;
            double right = 0;
            double conf = 0;
            for (Result r : m.results().values()) {
                Bucket b = r.calibration().get(i);
                n += b.count();
                right += b.count() == 0 ? 0 : b.accuracy() * b.count();
                conf += b.count() == 0 ? 0 : b.meanConfidence() * b.count();
            }
            out.add(new Bucket(first.get(i).from(), first.get(i).to(), n, n == 0 ? Double.NaN : right / n,
                    n == 0 ? Double.NaN : conf / n));
        }
        return out;
    }

    private void badInput(LanguageIdentifier id) {
        line("Bad input (Parallax): the answer, its confidence and the time for one call.");
        line("");
        line("| input | answer | confidence | ms |");
        line("|---|---|---:|---:|");
        Map<String, String> inputs = new java.util.LinkedHashMap<>();
        inputs.put("empty line", "");
        inputs.put("white space", " \t \u00A0 ");
        inputs.put("emoji only", "😀🎉👍🔥🇸🇪");
        inputs.put("numbers", "12 345 678,90 — 2026-11-22 +46 8 123 45 67");
        inputs.put("URL", "https://www.example.com/news/2026/11/22/article?id=123&lang=sv");
        inputs.put("e-mail", "redaktionen@example.se");
        inputs.put("1 MB Swedish line", "Regeringen lade i dag fram sin budget för nästa år. ".repeat(20_000));
        inputs.put("1 MB emoji line", "😀🎉👍🔥".repeat(130_000));
        inputs.put("1 MB one-letter word", "a".repeat(1_000_000));
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            long t0 = System.nanoTime();
            LanguageGuess g = id.identify(e.getValue());
            double ms = (System.nanoTime() - t0) / 1e6;
            line("| %s | %s | %.3f | %.2f |", e.getKey(), g.language(), g.confidence(), ms);
        }
        line("");
    }

    private void perLanguage() {
        line("<details><summary>Accuracy per language (%%): sentences / word pairs / single words</summary>");
        line("");
        StringBuilder head = new StringBuilder("| language |");
        StringBuilder rule = new StringBuilder("|---|");
        List<Measured> full = runs.stream().filter(m -> m.config().languages() == null).toList();
        for (Measured m : full) {
            head.append(' ').append(m.config().name()).append(" |");
            rule.append("---|");
        }
        line(head.toString());
        line(rule.toString());
        for (String lang : data.languages()) {
            StringBuilder row = new StringBuilder("| " + lang + " |");
            for (Measured m : full) {
                row.append(String.format(Locale.ROOT, " %.0f / %.0f / %.0f |",
                        pct(m.results().get(Kind.SENTENCES).accuracy().getOrDefault(lang, 0.0)),
                        pct(m.results().get(Kind.WORD_PAIRS).accuracy().getOrDefault(lang, 0.0)),
                        pct(m.results().get(Kind.SINGLE_WORDS).accuracy().getOrDefault(lang, 0.0))));
            }
            line(row.toString());
        }
        line("");
        line("</details>");
    }

    private static long countItems(Measured m) {
        return m.results().values().stream().mapToLong(Result::items).sum();
    }

    private static double pct(double x) {
        return 100 * x;
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
