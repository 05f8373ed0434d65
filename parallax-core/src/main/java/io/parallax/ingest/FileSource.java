package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads files, directories and standard input ({@code "-"}).
 *
 * <p><b>What is read.</b> A file given by name is read whatever its extension (its content decides how it is
 * extracted). In a directory, files ending in {@code .txt}, {@code .html}, {@code .htm}, {@code .xhtml}, with or
 * without {@code .gz}, are read; other files and names starting with a dot are ignored, and symbolic links to
 * directories are not followed (no cycles). Gzip data is decompressed whatever the name.
 *
 * <p><b>Ids and order.</b> A file's id is its name; a file found in a directory has its path relative to that
 * directory ({@code sub/name}, with {@code /}). {@code .html}, {@code .htm}, {@code .xhtml} and {@code .gz} are
 * dropped from ids ({@code page.html.gz} → {@code page}); {@code .txt} stays. Standard input has the id
 * {@code stdin}. Inputs are read in the order given, and each directory in the order of its sorted relative paths,
 * so the order is the same on every run; documents whose id {@link SourceOptions#skip() skip} accepts are not read.
 *
 * <p><b>Problems.</b> Missing or unreadable inputs, empty files, binary data, files over the size limit and corrupt,
 * truncated or oversized gzip data each give one {@link Problem} with stage {@code ingest}, and reading goes on.
 *
 * <p>Not thread-safe; read once.
 */
public final class FileSource implements Source {

    /** The input name that means standard input. */
    public static final String STDIN = "-";

    private final List<String> inputs;
    private final SourceOptions options;
    private final Supplier<InputStream> stdin;

    public FileSource(List<String> inputs, SourceOptions options) {
        this(inputs, options, () -> System.in);
    }

    /** With a custom standard input, for tests and for callers that pipe data in. */
    public FileSource(List<String> inputs, SourceOptions options, Supplier<InputStream> stdin) {
        this.inputs = List.copyOf(inputs);
        this.options = options;
        this.stdin = stdin;
    }

    @Override
    public void read(Consumer<RawDocument> documents, Consumer<Problem> problems) {
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                readStdin(documents, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                walk(path, documents, problems);
            } else {
                readFile(path, fileId(path.getFileName() == null ? input : path.getFileName().toString()),
                        documents, problems);
            }
        }
    }

    /** Nothing to release: every file is closed as soon as it is read. */
    @Override
    public void close() {
    }

    private void readStdin(Consumer<RawDocument> documents, Consumer<Problem> problems) {
        String id = "stdin";
        if (options.skip().test(id)) {
            return;
        }
        try (InputStream in = stdin.get()) {
            byte[] bytes = Bytes.checked(Bytes.readBounded(in, options.maxBytes() * 2, "standard input"),
                    options.maxBytes());
            documents.accept(new RawDocument(id, "<stdin>", bytes, null, Map.of(), Instant.now()));
        } catch (ReadException e) {
            problems.accept(new Problem("<stdin>", "ingest", e.getMessage()));
        } catch (IOException e) {
            problems.accept(new Problem("<stdin>", "ingest", "cannot read standard input: " + e.getMessage()));
        }
    }

    /** Depth-first, entries sorted by name at each level, so the order is the sorted order of relative paths. */
    private void walk(Path root, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        List<Path> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Path dir = stack.removeLast();
            List<Path> entries;
            try {
                entries = sortedEntries(dir);
            } catch (IOException e) {
                problems.accept(new Problem(dir.toString(), "ingest", "cannot list directory: " + reason(e)));
                continue;
            }
            // Push in reverse so the smallest name is processed first; files and directories interleave by name.
            for (int i = entries.size() - 1; i >= 0; i--) {
                stack.add(entries.get(i));
            }
            while (!stack.isEmpty() && !Files.isDirectory(stack.getLast(), LinkOption.NOFOLLOW_LINKS)) {
                Path file = stack.removeLast();
                if (wanted(file)) {
                    readFile(file, fileId(root.relativize(file).toString().replace('\\', '/')), documents, problems);
                }
            }
        }
    }

    private static List<Path> sortedEntries(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (!p.getFileName().toString().startsWith(".")) {
                    out.add(p);
                }
            }
        }
        out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return out;
    }

    private static boolean wanted(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    private void readFile(Path file, String id, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        if (options.skip().test(id)) {
            return;
        }
        try {
            byte[] bytes = Bytes.checked(readCapped(file), options.maxBytes());
            documents.accept(new RawDocument(id, file.toString(), bytes, contentType(file), Map.of(),
                    Instant.now()));
        } catch (ReadException e) {
            problems.accept(new Problem(file.toString(), "ingest", e.getMessage()));
        } catch (IOException e) {
            problems.accept(new Problem(file.toString(), "ingest", reason(e)));
        }
    }

    private byte[] readCapped(Path file) throws IOException, ReadException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new ReadException("not a regular file");
        }
        long size = Files.size(file);
        if (size > options.maxBytes()) {
            throw new ReadException("too large: " + Bytes.mb(size) + " (limit " + Bytes.mb(options.maxBytes())
                    + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Bytes.readBounded(in, options.maxBytes(), "file");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The id of a file from its (relative) name: {@code .html}, {@code .htm}, {@code .xhtml}, {@code .gz} dropped. */
    public static String fileId(String name) {
        String id = name;
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            id = id.substring(0, id.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : new String[]{".html", ".htm", ".xhtml"}) {
            if (lower.endsWith(ext)) {
                return id.substring(0, id.length() - ext.length());
            }
        }
        return id;
    }

    private static String contentType(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".txt")) {
            return "text/plain";
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") ? "text/html" : null;
    }
}
