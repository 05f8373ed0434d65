package io.parallax.cli;

import io.parallax.app.Engine;
import io.parallax.app.IngestReport;
import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax demo}: ingests the bundled sample corpus into a demo store (once; later runs resume), serves the
 * API and web UI, and prints the URL.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample corpus, serve the web UI and print its URL.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "Sample corpus (default: samples/ of this Parallax).")
    Path samples;

    @Option(names = "--store", paramLabel = "DIR", description = "Demo store (default: ~/.parallax/demo).")
    Path store;

    @Mixin
    ServeCommand.ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path corpus = samples != null ? samples : defaultSamples();
        Path dir = store != null ? store : Path.of(System.getProperty("user.home"), ".parallax", "demo");
        Engine engine = Engine.open(Pipeline.standard(PipelineConfig.defaults()), LuceneStore.open(dir));
        IngestReport report = IngestCommand.ingest(engine,
                skip -> new FileSource(List.of(corpus.toString()), SourceOptions.DEFAULTS.withSkip(skip)));
        report.problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
        out.println("demo: " + report.summary() + " → " + dir);
        ServeCommand.serveUntilStopped(engine, server, out);
        return Cli.OK;
    }

    /** The samples directory beside the launcher, or in the working directory. */
    static Path defaultSamples() throws IOException {
        String home = System.getProperty("parallax.home");
        for (Path p : new Path[]{home == null ? null : Path.of(home, "samples"), Path.of("samples")}) {
            if (p != null && Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IOException("no samples directory found: run from the Parallax directory or pass --samples DIR");
    }
}
