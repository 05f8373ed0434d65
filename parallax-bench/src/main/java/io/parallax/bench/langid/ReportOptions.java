package io.parallax.bench.langid;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** Picocli mixin: where a benchmark report goes ({@code --benchmarks}, {@code --no-write}). */
public final class ReportOptions {

    @Option(names = "--benchmarks", defaultValue = "BENCHMARKS.md",
            description = "Markdown file whose section is rewritten (default: ${DEFAULT-VALUE}).")
    Path benchmarks;

    @Option(names = "--no-write", description = "Print the report only.")
    boolean noWrite;

    /** Prints the report and, unless {@code --no-write}, puts it under its heading in the benchmarks file. */
    public void publish(String heading, String report) throws IOException {
        System.out.println(report);
        if (!noWrite) {
            MarkdownSection.replace(benchmarks, heading, report);
            System.err.println("wrote the section '" + heading + "' of " + benchmarks);
        }
    }
}
