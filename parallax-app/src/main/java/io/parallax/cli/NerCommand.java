package io.parallax.cli;

import io.parallax.ner.LinearNameFinder;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameFinders;
import io.parallax.ner.NerModel;
import io.parallax.ner.corpus.ConllTagger;
import io.parallax.pack.PackResources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code parallax ner}: tags a CoNLL-style token file with the language pack's recogniser, appending a TAB and an
 * IOB2 tag to each token line.
 */
@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {"Tag names in a CoNLL-style token file (CoNLL-2003, UNER .iob2, one token per line).",
                "Each token line is echoed with a TAB and the predicted IOB2 tag; other lines pass through."})
public final class NerCommand implements Callable<Integer> {

    /** Input formats. */
    enum Format { conll }

    @Option(names = "--lang", required = true, description = "ISO 639-1 code of the language.")
    String language;

    @Option(names = "--format", defaultValue = "conll", description = "Input format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--model", paramLabel = "FILE", description = "Use this model file instead of the pack's.")
    Path model;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file (standard input when absent).")
    Path input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NameFinder finder = finder();
        try (BufferedReader in = reader()) {
            ConllTagger.tag(in, spec.commandLine().getOut(), finder);
        }
        return Cli.OK;
    }

    private NameFinder finder() throws IOException {
        if (model != null) {
            try (InputStream in = Files.newInputStream(model)) {
                return new LinearNameFinder(NerModel.read(in));
            }
        }
        return NameFinders.load(new PackResources(language)).orElseThrow(() ->
                new IllegalArgumentException("no NER model for language '" + language + "' (packs have: en, sv)"));
    }

    private BufferedReader reader() throws IOException {
        if (input == null) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("no such file: " + input);
        }
        return Files.newBufferedReader(input, StandardCharsets.UTF_8);
    }
}
