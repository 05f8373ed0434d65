package io.parallax.bench.langid;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Picocli mixin: {@code --data}, the Lingua test data, and its fixed split. */
public final class LinguaDataOption {

    @Option(names = "--data", description = "Lingua test data directory (default: ../shared/data/langid/lingua-testdata).")
    Path data;

    Path dir() {
        return BenchData.resolve(data, "data/langid/lingua-testdata", "--data");
    }

    LangidData load() {
        return LangidData.load(dir());
    }
}
