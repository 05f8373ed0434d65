package io.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parallax.extract.ExtractionException;
import io.parallax.extract.Extractor;
import io.parallax.extract.Extractors;
import io.parallax.ingest.FileSource;
import io.parallax.ingest.SourceOptions;
import io.parallax.model.Document;
import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax extract --format jsonl INPUT…}: article extraction without analysis. Prints one JSON object per
 * page: {@code id, url, title, authors, published, language, articleBody, paragraphs, captions} plus
 * {@code outlet}, {@code publishedTime} and {@code sources} (where each field came from). Problems go to standard
 * error, one line each; the exit code is 1 only when inputs were given and none could be extracted.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract articles (body, title, authors, date) from HTML or text files, directories or stdin.")
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats; only JSON lines so far. */
    enum Format { jsonl }

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--max-mb", defaultValue = "20", description = "Largest input in MB (default ${DEFAULT-VALUE}).")
    int maxMb;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.html, .htm, .html.gz, .txt), directories (walked), or - for standard input.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        if (maxMb <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-mb must be positive");
        }
        OutputStream out = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output));
        try {
            return run(out, spec.commandLine().getErr());
        } finally {
            if (output == null) {
                out.flush();
            } else {
                out.close();
            }
        }
    }

    private int run(OutputStream out, PrintWriter err) throws IOException {
        Extractor extractor = Extractors.standard();
        int[] counts = new int[2];
        try (FileSource source = new FileSource(inputs, SourceOptions.DEFAULTS.withMaxBytes((long) maxMb << 20))) {
            source.read(raw -> {
                Document d = extract(extractor, raw, err);
                if (d != null) {
                    writeLine(out, d);
                    counts[0]++;
                } else {
                    counts[1]++;
                }
            }, p -> {
                err.println(p);
                counts[1]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        err.flush();
        return counts[0] == 0 && counts[1] > 0 ? Cli.FAILURE : Cli.OK;
    }

    private static Document extract(Extractor extractor, RawDocument raw, PrintWriter err) {
        try {
            return extractor.extract(raw);
        } catch (ExtractionException e) {
            err.println(new Problem(raw.location(), "extract", e.getMessage()));
            return null;
        }
    }

    private static void writeLine(OutputStream out, Document d) {
        try {
            out.write(JSON.writeValueAsBytes(toJson(d)));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON object for one document; field names are a public contract. */
    static ObjectNode toJson(Document d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.id());
        o.put("url", d.url());
        o.put("title", d.title());
        o.putPOJO("authors", d.authors());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("language", d.metadata().get("language.declared"));
        o.put("articleBody", d.body());
        o.putPOJO("paragraphs", d.bodyParagraphs().stream().map(p -> p.of(d.text())).toList());
        String captions = d.metadata().get("captions");
        o.putPOJO("captions", captions == null ? List.of() : Arrays.asList(captions.split("\n")));
        o.put("outlet", d.outlet());
        o.put("publishedTime", d.metadata().get("published.iso"));
        ObjectNode sources = o.putObject("sources");
        d.metadata().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .filter(e -> e.getKey().endsWith(".source") || e.getKey().startsWith("charset"))
                .forEach(e -> sources.put(e.getKey(), e.getValue()));
        return o;
    }
}
