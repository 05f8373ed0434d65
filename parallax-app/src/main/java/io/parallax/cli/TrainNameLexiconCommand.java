package io.parallax.cli;

import io.parallax.ner.fallback.NameLexicon;
import io.parallax.ner.fallback.NameLexiconBuilder;
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
 * {@code parallax train name-lexicon}: builds the personal-name lexicon of the fallback name finder from labelled
 * NER corpora and Wikidata name words (see {@link NameLexiconBuilder}).
 */
@Command(name = "name-lexicon",
        mixinStandardHelpOptions = true,
        description = {"Build the given-name and name-word lexicon of the fallback name finder.",
                "Corpora give which words start and end people's names; Wikidata gives how common each word is."})
public final class TrainNameLexiconCommand implements Callable<Integer> {

    @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE[#part]",
            description = "Labelled NER corpora (CoNLL-2003, one token per line).")
    List<String> corpora = new ArrayList<>();

    @Option(names = "--wikidata", paramLabel = "DIR", description = "wikidata-translit directory (*_80.gz files).")
    Path wikidata;

    @Option(names = "--given-count", defaultValue = "100",
            description = "Wikidata count from which a word is a given name without corpus evidence.")
    int givenCount;

    @Option(names = "--min-count", defaultValue = "3", description = "Least Wikidata count of a name word.")
    int minCount;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the lexicon.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (corpora.isEmpty() && wikidata == null) {
            throw new IllegalArgumentException("give --corpus or --wikidata (or both)");
        }
        PrintWriter err = spec.commandLine().getErr();
        NameLexiconBuilder builder = new NameLexiconBuilder(new NameLexiconBuilder.Config(givenCount, minCount));
        List<String> sources = new ArrayList<>();
        for (String c : corpora) {
            err.printf("%s: %d sentences%n", c, builder.addCorpus(c));
            sources.add(Path.of(c.replaceAll("#.*$", "")).getFileName().toString());
        }
        if (wikidata != null) {
            err.printf("%s: %d files%n", wikidata, builder.addWikidata(wikidata));
            sources.add("wikidata-translit");
        }
        NameLexicon lexicon = builder.build();
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            lexicon.write(out, String.join(",", sources));
        }
        err.printf("%d name words → %s%n", lexicon.size(), output);
        return Cli.OK;
    }
}
