package io.parallax.cli;

import io.parallax.app.Engine;
import io.parallax.link.Decision;
import io.parallax.link.EntityExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax entities merge|split|rename|variant|export}: the analyst's corrections of the entity registry,
 * and its exports. Corrections are stored as decisions and apply to every document, now and after re-ingestion.
 */
final class EntityDecisionCommands {

    private EntityDecisionCommands() {
    }

    /** Base: opens the store, applies one decision, reports. */
    abstract static class DecisionCommand implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        abstract Decision decision();

        @Override
        public Integer call() throws Exception {
            try (Engine engine = store.openExisting()) {
                try {
                    engine.decide(decision());
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("parallax entities " + spec.name() + ": " + e.getMessage());
                    return Cli.FAILURE;
                }
                spec.commandLine().getOut().println("entities " + spec.name() + ": recorded; "
                        + engine.view().entities().size() + " entities now");
                return Cli.OK;
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge entities into one: FROM… become INTO, now and for every later document.")
    static final class Merge extends DecisionCommand {
        @Parameters(index = "0", paramLabel = "INTO", description = "The entity id to keep.")
        String into;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FROM", description = "Entity ids merged into INTO.")
        List<String> from;

        @Override
        Decision decision() {
            return new Decision.Merge(into, from, Instant.now());
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split spellings off an entity: mentions written as VARIANT… become a new entity.")
    static final class Split extends DecisionCommand {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity id.")
        String entity;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT", description = "Spellings that are another entity.")
        List<String> variants;

        @Option(names = "--lang", paramLabel = "CODE", description = "Only in documents of this language.")
        String language;

        @Override
        Decision decision() {
            return new Decision.Split(entity, variants, language, Instant.now());
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give an entity a new canonical name.")
    static final class Rename extends DecisionCommand {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity id.")
        String entity;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new canonical name.")
        String name;

        @Override
        Decision decision() {
            return new Decision.Rename(entity, name, Instant.now());
        }
    }

    @Command(name = "variant", mixinStandardHelpOptions = true,
            description = "Declare that NAME always means ENTITY (in one language, or any).")
    static final class Variant extends DecisionCommand {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity id.")
        String entity;

        @Parameters(index = "1", paramLabel = "NAME", description = "A spelling of the entity.")
        String name;

        @Option(names = "--lang", paramLabel = "CODE", description = "Only in documents of this language.")
        String language;

        @Override
        Decision decision() {
            return new Decision.AddVariant(entity, name, language, Instant.now());
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export entities as JSON lines or CSV, or places as GeoJSON.")
    static final class Export implements Callable<Integer> {
        enum Format { jsonl, csv, geojson }

        @Mixin
        StoreOptions store;

        @Option(names = "--format", defaultValue = "jsonl", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Engine engine = store.openExisting()) {
                Writer out = output == null ? spec.commandLine().getOut()
                        : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
                try {
                    EntityExports exports = new EntityExports();
                    var entities = engine.view().entities();
                    switch (format) {
                        case jsonl -> exports.jsonl(entities, out);
                        case csv -> exports.csv(entities, out);
                        case geojson -> exports.geojson(entities, out);
                    }
                } finally {
                    if (output != null) {
                        out.close();
                    }
                }
                return Cli.OK;
            }
        }
    }
}
