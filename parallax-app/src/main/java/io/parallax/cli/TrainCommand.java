package io.parallax.cli;

import picocli.CommandLine.Command;

/** {@code parallax train …}: rebuilds the project's models from data. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Rebuild a model from training data.",
        subcommands = {TrainNerCommand.class, TrainFallbackNerCommand.class})
public final class TrainCommand {
}
