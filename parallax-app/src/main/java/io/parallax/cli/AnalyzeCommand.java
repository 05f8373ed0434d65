package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.app.Engine;
import io.parallax.app.IngestReport;
import io.parallax.json.AnalysisJson;
import io.parallax.json.Json;
import io.parallax.pipeline.Pipeline;
import io.parallax.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/**
 * {@code parallax analyze --format json INPUT…}: the full analysis of a set of articles, without a store, in the
 * published schema (documents, entities, events, quotes, claims, timeline). Problems go to standard error.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles without storing them and print the result as JSON.")
public final class AnalyzeCommand implements Callable<Integer> {

    enum Format { json }

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
    Integer threads;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PipelineConfig config = threads == null ? PipelineConfig.defaults() : PipelineConfig.defaults().withThreads(threads);
        try (Engine engine = Engine.inMemory(Pipeline.standard(config))) {
            IngestReport report = engine.ingest(input.sources(), (id, outcome) -> { });
            report.problems().forEach(p -> spec.commandLine().getErr().println("problem: " + p));
            ObjectMapper mapper = Json.mapper();
            spec.commandLine().getOut().println(mapper.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new AnalysisJson().write(engine.view())));
            return report.stored() == 0 && !report.problems().isEmpty() ? Cli.FAILURE : Cli.OK;
        }
    }
}
