package io.parallax.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class NamesCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            var cl = Cli.commandLine(new ParallaxCommand());
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void compareWritesOneVerdictPerLine() {
        Run r = run("Prigozhin\tPrigozjin\nMoscow\tMinsk\nMoskva\tMoscow\n", "names", "compare", "--format", "tsv");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).matches("same\t\\d\\.\\d{3}");
        assertThat(lines[1]).startsWith("different\t");
        assertThat(lines[2]).startsWith("same\t");
    }

    @Test
    void malformedLinesAreAnsweredAndReported() {
        Run r = run("no tab here\nPutin\tPutin\n", "names", "compare");
        assertThat(r.code()).isEqualTo(Cli.FAILURE);
        assertThat(r.out().strip().split("\n")).hasSize(2);
        assertThat(r.err()).contains("line 1");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("", "names", "compare", "--format", "xml").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void buildPartnersWritesAFileThatReadsBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path pairs = dir.resolve("wd_chinese_64.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(pairs))) {
            out.write("trump\t特 朗 普\t3\ndill\t迪 尔\t1\n".getBytes(StandardCharsets.UTF_8));
        }
        java.nio.file.Path file = dir.resolve("partners.tsv.gz");
        Run r = run("", "names", "build-partners", pairs.toString(), "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 words from 2 pairs");
        try (var in = java.nio.file.Files.newInputStream(file)) {
            assertThat(io.parallax.link.translit.NamePartners.read(in, file.toString()).of("特朗普"))
                    .containsExactly("trump");
        }
    }
}
