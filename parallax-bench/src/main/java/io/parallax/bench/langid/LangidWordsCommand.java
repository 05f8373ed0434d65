package io.parallax.bench.langid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.bench.langid.LangidData.Kind;
import io.parallax.lang.LanguageIdentifierEvaluator;
import io.parallax.lang.LanguageIdentifiers;
import io.parallax.lang.NgramLanguageIdentifier;
import io.parallax.lang.NgramModel;
import io.parallax.lang.WordModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code parallax eval langid-words}: builds the word model that tells Danish, Bokmål, Nynorsk and Swedish apart.
 * Word counts come from NTREX-128 (professional news translations, CC BY-SA 4.0; independent of the Lingua test
 * data); its weight and minimum text length are tuned on the tuning half of the Lingua test lines of those four
 * languages. The held-out half is never read.
 */
@Command(name = "langid-words", mixinStandardHelpOptions = true,
        description = "Build the Danish/Norwegian/Swedish word model from NTREX and tune it on the tuning split.")
public final class LangidWordsCommand implements Callable<Integer> {

    static final List<String> GROUP = List.of("da", "nb", "nn", "sv");

    @Mixin
    LinguaDataOption data;

    @Option(names = "--ntrex", description = "NTREX input.jsonl (default: ../shared/data/xling/ntrex/input.jsonl).")
    Path ntrex;

    @Option(names = "--out", defaultValue = "parallax-core/src/main/resources/io/parallax/lang/langid-words.bin.gz",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        LangidData d = data.load();
        Path corpus = BenchData.resolve(ntrex, "data/xling/ntrex/input.jsonl", "--ntrex");
        WordModel words = WordModel.train(readNtrex(corpus), 0.1, 1, 1);
        NgramModel ngrams = LanguageIdentifiers.ngramModel();
        WordModel best = null;
        double bestScore = -1;
        for (double weight : new double[]{0, 0.25, 0.5, 0.75, 1, 1.5, 2}) {
            for (int minWords : new int[]{1, 2, 3, 5}) {
                WordModel candidate = words.with(weight, minWords);
                double score = objective(new NgramLanguageIdentifier(ngrams, candidate, ngrams.languages()), d);
                System.err.printf("weight %.2f, min words %d: %.4f%n", weight, minWords, score);
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        System.err.println("chosen: " + best.weight() + " / " + best.minWords());
        try (OutputStream o = Files.newOutputStream(out)) {
            best.write(o);
        }
        System.err.printf("wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
        return 0;
    }

    /** Mean over the three kinds of the mean accuracy over the group's languages, on the tuning half. */
    private static double objective(NgramLanguageIdentifier id, LangidData d) {
        double sum = 0;
        for (Kind kind : Kind.values()) {
            Map<String, List<String>> texts = new TreeMap<>(d.tune().get(kind));
            texts.keySet().retainAll(GROUP);
            sum += LanguageIdentifierEvaluator.evaluate(id, texts).meanAccuracy();
        }
        return sum / Kind.values().length;
    }

    /** Titles and lines of the NTREX documents of the group's languages. */
    static Map<String, List<String>> readNtrex(Path file) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode doc = json.readTree(line);
                String lang = doc.path("lang").asText();
                if (GROUP.contains(lang)) {
                    List<String> texts = out.computeIfAbsent(lang, k -> new ArrayList<>());
                    texts.add(doc.path("title").asText());
                    texts.addAll(List.of(doc.path("text").asText().split("\n")));
                }
            }
        }
        return out;
    }
}
