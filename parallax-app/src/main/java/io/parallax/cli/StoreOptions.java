package io.parallax.cli;

import io.parallax.app.Engine;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import io.parallax.store.lucene.LuceneStore;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --store} and {@code --threads} options, shared by every command that uses a store. */
public final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store directory (default: $PARALLAX_STORE, else ~/.parallax/store).")
    Path store;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
    Integer threads;

    /** The store directory chosen by option, environment or default. */
    public Path directory() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("PARALLAX_STORE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".parallax", "store");
    }

    public PipelineConfig config() {
        PipelineConfig c = PipelineConfig.defaults();
        return threads == null ? c : c.withThreads(threads);
    }

    /** Opens the engine on the store, creating the store if needed. */
    public Engine open() throws IOException {
        return Engine.open(Pipeline.standard(config()), LuceneStore.open(directory()));
    }

    /**
     * Opens the engine on an existing store.
     *
     * @throws IOException with a hint to run ingest first, when there is no store yet
     */
    public Engine openExisting() throws IOException {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IOException("no store at " + dir + ": run 'parallax ingest --store " + dir + " FILES…' first");
        }
        return open();
    }
}
