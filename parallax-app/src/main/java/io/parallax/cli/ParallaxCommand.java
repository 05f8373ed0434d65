package io.parallax.cli;

import picocli.CommandLine.Command;

/** The root {@code parallax} command. Each subcommand is its own class in this package. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Multilingual news event intelligence: events, entities, quotations, timelines and claims.",
        subcommands = {
                picocli.CommandLine.HelpCommand.class,
                DemoCommand.class,
                IngestCommand.class,
                AnalyzeCommand.class,
                EventsCommand.class,
                EventCommand.class,
                EntitiesCommand.class,
                SearchCommand.class,
                StatsCommand.class,
                ServeCommand.class,
                ExtractCommand.class,
                NerCommand.class,
                TrainCommand.class,
                LangidCommand.class,
                NamesCommand.class,
        })
public final class ParallaxCommand {
}
