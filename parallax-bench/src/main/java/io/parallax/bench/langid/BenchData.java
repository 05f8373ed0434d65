package io.parallax.bench.langid;

import io.parallax.util.SharedData;

import java.nio.file.Path;

/** Resolves a benchmark data location: the command-line option if given, else the place under ../shared. */
public final class BenchData {

    private BenchData() {
    }

    /**
     * @param option   the value of the command's option, or {@code null}
     * @param relative the default, relative to the shared directory, e.g. {@code data/langid/lingua-testdata}
     * @throws IllegalArgumentException naming both when neither exists
     */
    public static Path resolve(Path option, String relative, String optionName) {
        if (option != null) {
            return option;
        }
        return SharedData.resolve(relative).orElseThrow(() -> new IllegalArgumentException(
                "no " + optionName + " given and no ../shared/" + relative + " found"));
    }
}
