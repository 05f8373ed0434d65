package io.parallax.cli;

import io.parallax.app.Engine;
import io.parallax.ingest.FetchConfig;
import io.parallax.ingest.SourceOptions;
import io.parallax.ingest.Sources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The inputs of {@code ingest} and {@code analyze}, and how to read them. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt, .html, .htm, .html.gz), directories (walked), WARC archives (.warc, .warc.gz), "
                    + "RSS/Atom feeds (file or URL), URL lists (.urls), http(s) URLs, or - for standard input.")
    List<String> inputs;

    @Option(names = "--url-lists", description = "Read .txt inputs as lists of URLs to fetch, one per line.")
    boolean urlLists;

    @Option(names = "--allow-private-addresses",
            description = "Allow fetching from loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--max-mb", defaultValue = "20", paramLabel = "N",
            description = "Largest input in MB (default ${DEFAULT-VALUE}).")
    int maxMb;

    /** Opens the inputs for one engine run, skipping what the run says was already done. */
    Engine.Sources sources() {
        if (maxMb < 1) {
            throw new IllegalArgumentException("--max-mb must be at least 1");
        }
        SourceOptions options = SourceOptions.DEFAULTS.withMaxBytes((long) maxMb << 20).withUrlLists(urlLists)
                .withFetch(FetchConfig.DEFAULTS.withAllowPrivateAddresses(allowPrivate));
        return skip -> Sources.open(inputs, options.withSkip(skip));
    }
}
