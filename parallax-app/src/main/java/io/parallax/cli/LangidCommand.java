package io.parallax.cli;

import io.parallax.lang.LanguageIdentifier;
import io.parallax.lang.LanguageIdentifiers;
import io.parallax.lang.Scripts;
import io.parallax.model.LanguageGuess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code parallax langid}: identifies the language of each line of standard input and writes one result line per
 * input line, in order: {@code <iso639-1>\t<confidence>} ({@code --format tsv}) or a JSON object with the script
 * too ({@code --format json}). Lines without a language get {@code und} with confidence 0. Only the first
 * {@link #MAX_LINE} characters of a line are read into memory; the rest is skipped, so any input runs in bounded
 * time and memory.
 */
@Command(name = "langid", mixinStandardHelpOptions = true,
        description = "Identify the language of each line of standard input (ISO 639-1 and confidence).")
public final class LangidCommand implements Callable<Integer> {

    /** Characters of one line that are kept (the identifier reads only the first few thousand anyway). */
    static final int MAX_LINE = 65_536;

    enum Format { tsv, json }

    @Option(names = "--format", defaultValue = "tsv", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        LanguageIdentifier identifier = LanguageIdentifiers.standard();
        Reader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        run(identifier, in, out, format);
        out.flush();
        return out.checkError() ? Cli.FAILURE : Cli.OK;
    }

    /** Identifies every line of {@code in}; package-private for tests. */
    static void run(LanguageIdentifier identifier, Reader in, PrintWriter out, Format format) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean pending = false;
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                write(identifier, strip(line), out, format);
                line.setLength(0);
                pending = false;
            } else {
                pending = true;
                if (line.length() < MAX_LINE) {
                    line.append((char) c);
                }
            }
        }
        if (pending) {
            write(identifier, strip(line), out, format);
        }
    }

    private static String strip(StringBuilder line) {
        int n = line.length();
        return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
    }

    private static void write(LanguageIdentifier identifier, String text, PrintWriter out, Format format) {
        LanguageGuess g = identifier.identify(text);
        if (format == Format.tsv) {
            out.printf(Locale.ROOT, "%s\t%.4f%n", g.language(), g.confidence());
        } else {
            out.printf(Locale.ROOT, "{\"language\":\"%s\",\"confidence\":%.4f,\"script\":\"%s\"}%n", g.language(),
                    g.confidence(), Scripts.dominant(text));
        }
    }
}
