package io.parallax.cli;

import io.parallax.app.Engine;
import io.parallax.app.IngestReport;
import io.parallax.store.JournalEntry;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code parallax ingest [--store DIR] INPUT…}: analyses documents into the store, with a progress bar and a
 * summary. Re-running over the same inputs resumes: what is stored is skipped. Exit code 1 only when inputs were
 * given and none could be stored.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles into the store: files, directories, archives, feeds, URLs or standard input.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Engine engine = store.open()) {
            IngestReport report = ingest(engine, input.sources());
            report.problems().forEach(p -> err.println("problem: " + p));
            spec.commandLine().getOut().println("ingest: " + report.summary() + " → " + store.directory());
            boolean nothing = report.stored() + report.duplicates() + report.skipped() == 0;
            return nothing && !report.problems().isEmpty() ? Cli.FAILURE : Cli.OK;
        }
    }

    /** Ingests with a progress bar on standard error. */
    static IngestReport ingest(Engine engine, Engine.Sources sources) throws java.io.IOException {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).continuousUpdate()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build()) {
            return engine.ingest(sources, (id, outcome) -> {
                        bar.step();
                        if (outcome != JournalEntry.Outcome.STORED) {
                            bar.setExtraMessage(outcome.name().toLowerCase(java.util.Locale.ROOT) + ": " + id);
                        }
                    });
        }
    }
}
