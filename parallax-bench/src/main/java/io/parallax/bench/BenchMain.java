package io.parallax.bench;

import io.parallax.cli.Cli;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code parallax eval}: benchmark harnesses that compare Parallax with its peers on public data.
 * Lives in the bench module because some peers (CoreNLP) are GPL and are never shipped.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measure Parallax and its peers on benchmark data; results go to BENCHMARKS.md.",
        subcommands = {
                picocli.CommandLine.HelpCommand.class,
                io.parallax.bench.extraction.ExtractionEval.class,
                io.parallax.bench.events.EventsEval.class,
                NerEval.class,
                NerRulesEval.class,
                NerLabelsEval.class,
                io.parallax.bench.langid.LangidEval.class,
                io.parallax.bench.langid.LangidModelCommand.class,
                io.parallax.bench.langid.LangidWordsCommand.class,
                io.parallax.bench.text.SwedishTextEval.class,
                NamesEval.class,
                RegistryEval.class,
                io.parallax.bench.links.LinksEval.class,
                io.parallax.bench.fallback.FallbackNerEval.class,
        })
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(Cli.commandLine(new BenchMain()).execute(args));
    }
}
