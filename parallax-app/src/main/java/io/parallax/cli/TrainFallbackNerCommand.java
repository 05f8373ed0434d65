package io.parallax.cli;

import io.parallax.ner.NameFinder;
import io.parallax.ner.NameFinders;
import io.parallax.ner.fallback.KnownNames;
import io.parallax.ner.fallback.KnownNamesBuilder;
import io.parallax.ner.fallback.NameLexicon;
import io.parallax.ner.fallback.NameLexiconBuilder;
import io.parallax.pack.PackResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax train fallback-ner}: builds the data of the fallback name finder: the personal-name lexicon
 * ({@link NameLexiconBuilder}: labelled corpora and Wikidata name words) and the list of known names
 * ({@link KnownNamesBuilder}: the corpora's names and the names the trained English model finds in unlabelled
 * text).
 */
@Command(name = "fallback-ner",
        mixinStandardHelpOptions = true,
        description = {"Build the name lexicon and the known-names list of the fallback name finder.",
                "Corpora give which words start and end people's names and which names have which type; "
                        + "Wikidata gives how common each name word is; unlabelled English text, tagged by the "
                        + "English model, gives more known names."})
public final class TrainFallbackNerCommand implements Callable<Integer> {

    @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE[#part]",
            description = "Labelled NER corpora (CoNLL-2003, one token per line).")
    List<String> corpora = new ArrayList<>();

    @Option(names = "--wikidata", paramLabel = "DIR", description = "wikidata-translit directory (*_80.gz files).")
    Path wikidata;

    @Option(names = "--text", arity = "1..*", paramLabel = "PATH",
            description = "Unlabelled English text (files or directories) for the English model to tag.")
    List<Path> text = new ArrayList<>();

    @Option(names = "--given-count", defaultValue = "100",
            description = "Wikidata count from which a word is a given name without corpus evidence.")
    int givenCount;

    @Option(names = "--min-count", defaultValue = "3", description = "Least Wikidata count of a name word.")
    int minCount;

    @Option(names = "--output-dir", required = true, paramLabel = "DIR",
            description = "Where to write name-words.tsv.gz and known-names.tsv.gz.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (corpora.isEmpty() && wikidata == null) {
            throw new IllegalArgumentException("give --corpus or --wikidata (or both)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(output);
        NameLexiconBuilder words = new NameLexiconBuilder(new NameLexiconBuilder.Config(givenCount, minCount));
        KnownNamesBuilder known = new KnownNamesBuilder(KnownNamesBuilder.Config.DEFAULT);
        List<String> sources = new ArrayList<>();
        for (String c : corpora) {
            err.printf("%s: %d sentences%n", c, words.addCorpus(c));
            known.addCorpus(c);
            sources.add(Path.of(c.replaceAll("#.*$", "")).getFileName().toString());
        }
        List<String> wordSources = new ArrayList<>(sources);
        if (wikidata != null) {
            err.printf("%s: %d files%n", wikidata, words.addWikidata(wikidata));
            wordSources.add("wikidata-translit");
        }
        if (!text.isEmpty()) {
            NameFinder english = NameFinders.loadModel(new PackResources("en")).map(io.parallax.ner.LinearNameFinder::new)
                    .orElseThrow(() -> new IllegalStateException("the English pack has no trained NER model"));
            for (Path t : text) {
                err.printf("%s: %d sentences tagged%n", t, known.addText(t, "en", english));
                sources.add(t.getFileName().toString() + " (tagged)");
            }
        }
        NameLexicon lexicon = words.build();
        try (OutputStream out = Files.newOutputStream(output.resolve("name-words.tsv.gz"))) {
            lexicon.write(out, String.join(",", wordSources));
        }
        KnownNames names = known.build();
        try (OutputStream out = Files.newOutputStream(output.resolve("known-names.tsv.gz"))) {
            names.write(out, String.join(",", sources));
        }
        err.printf("%d name words, %d known names → %s%n", lexicon.size(), names.size(), output);
        return Cli.OK;
    }
}
