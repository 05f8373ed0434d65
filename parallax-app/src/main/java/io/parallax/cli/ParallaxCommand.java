package io.parallax.cli;

import picocli.CommandLine.Command;

/** The root {@code parallax} command. Each subcommand is its own class in this package. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Multilingual news event intelligence: events, entities, quotations, timelines and claims.",
        subcommands = {
                picocli.CommandLine.HelpCommand.class,
                NamesCommand.class,
        })
public final class ParallaxCommand {
}
