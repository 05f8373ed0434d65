package io.parallax.ner.fallback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and writes the gzipped, tab-separated data files of this package, each with a version header. */
final class GzipTsv {

    private GzipTsv() {
    }

    /**
     * Reads the rows of a file whose first line starts with {@code header}.
     *
     * @param row receives the fields of each row and its line number
     * @throws IllegalStateException naming the source, for a wrong header or a row with another number of fields
     * @throws UncheckedIOException  when the stream cannot be read
     */
    static void read(InputStream gzipped, String source, String header, int fields, BiConsumer<String[], Integer> row) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (first == null || !first.startsWith(header)) {
                throw new IllegalStateException(source + ": expected a file starting with '" + header + "'");
            }
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String[] f = line.split("\t", -1);
                if (f.length != fields) {
                    throw new IllegalStateException(source + ":" + lineNo + ": expected " + fields + " fields");
                }
                row.accept(f, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Writes the header line and the rows, each already joined by tabs. */
    static void write(OutputStream out, String header, List<String> rows) throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            for (String r : rows) {
                w.write(r + "\n");
            }
        }
    }

    /** Opens a class-path resource. */
    static InputStream resource(String name) {
        InputStream in = GzipTsv.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return in;
    }
}
