package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileSourceTest {

    @TempDir
    Path dir;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(SourceOptions options, String... inputs) {
        try (FileSource s = new FileSource(List.of(inputs), options,
                () -> new ByteArrayInputStream("from stdin".getBytes(StandardCharsets.UTF_8)))) {
            s.read(docs::add, problems::add);
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }

    @Test
    void walksDirectoriesInSortedOrderWithStableIds() throws IOException {
        write("b.txt", "Text b.");
        write("a.html", "<html><body><p>A</p></body></html>");
        write("sub/c.html.gz", gzip("<html><body><p>C</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        write("sub/d.htm", "<p>D</p>");
        write("ignored.pdf", "x");
        write(".hidden.txt", "x");
        read(SourceOptions.DEFAULTS, dir.toString());
        assertThat(docs).extracting(RawDocument::id).containsExactly("a", "b.txt", "sub/c", "sub/d");
        assertThat(docs).extracting(RawDocument::contentType)
                .containsExactly("text/html", "text/plain", "text/html", "text/html");
        assertThat(new String(docs.get(2).content(), StandardCharsets.UTF_8)).contains("<p>C</p>");
        assertThat(problems).isEmpty();
    }

    @Test
    void skipsIdsAlreadyDone() throws IOException {
        write("a.txt", "A.");
        write("b.txt", "B.");
        read(SourceOptions.DEFAULTS.withSkip(Set.of("a.txt")::contains), dir.toString());
        assertThat(docs).extracting(RawDocument::id).containsExactly("b.txt");
    }

    @Test
    void readsStdin() {
        read(SourceOptions.DEFAULTS, "-");
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("stdin");
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("from stdin");
        });
    }

    @Test
    void badInputsBecomeOneLineProblemsAndReadingContinues() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n \n");
        byte[] bin = new byte[4096];
        new java.util.Random(3).nextBytes(bin);
        Path binary = write("binary.html", bin);
        Path png = write("image.html", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        byte[] gz = gzip("<html><body>hello world</body></html>".getBytes(StandardCharsets.UTF_8));
        Path truncated = write("truncated.html.gz", Arrays.copyOf(gz, gz.length - 12));
        Path corrupt = write("corrupt.html.gz", new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Path good = write("good.txt", "Fine text.");
        read(SourceOptions.DEFAULTS, dir.resolve("missing.txt").toString(), empty.toString(), blank.toString(),
                binary.toString(), png.toString(), truncated.toString(), corrupt.toString(), good.toString());
        assertThat(docs).extracting(RawDocument::id).containsExactly("good.txt");
        assertThat(problems).hasSize(7).allSatisfy(p -> {
            assertThat(p.stage()).isEqualTo("ingest");
            assertThat(p.message()).doesNotContain("\n").isNotBlank();
        });
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("no such file"),
                m -> assertThat(m).contains("empty"),
                m -> assertThat(m).contains("empty"),
                m -> assertThat(m).contains("binary"),
                m -> assertThat(m).contains("PNG"),
                m -> assertThat(m).contains("truncated"),
                m -> assertThat(m).contains("gzip"));
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path secret = write("secret.txt", "hidden");
        boolean made = secret.toFile().setReadable(false);
        if (!made || Files.isReadable(secret)) {
            return; // running as root: permissions are not enforced, nothing to test
        }
        read(SourceOptions.DEFAULTS, secret.toString());
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("permission");
    }

    @Test
    void gzipBombAndOversizedFilesAreRefused() throws IOException {
        byte[] zeros = new byte[8 << 20];
        Path bomb = write("bomb.html.gz", gzip(zeros));
        Path big = write("big.html", ("<p>" + "x".repeat(2 << 20) + "</p>").getBytes(StandardCharsets.UTF_8));
        read(SourceOptions.DEFAULTS.withMaxBytes(1 << 20), bomb.toString(), big.toString());
        assertThat(docs).isEmpty();
        assertThat(problems).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("gzip bomb"),
                m -> assertThat(m).contains("too large"));
    }

    @Test
    void fileIdsDropHtmlExtensionsOnly() {
        assertThat(FileSource.fileId("page.html.gz")).isEqualTo("page");
        assertThat(FileSource.fileId("page.HTM")).isEqualTo("page");
        assertThat(FileSource.fileId("000_x.txt")).isEqualTo("000_x.txt");
        assertThat(FileSource.fileId("dir/page.html")).isEqualTo("dir/page");
    }
}
