package io.parallax.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NerCommandTest {

    @TempDir
    Path dir;

    @Test
    void tagsAConllFileWithThePackModel() throws IOException {
        Path in = Files.writeString(dir.resolve("in.conll"),
                "-DOCSTART- -X- -X- O\n\nAngela NNP O\nMerkel NNP O\nvisited VBD O\nParis NNP O\n. . O\n");
        Run r = run("ner", "--lang", "en", "--format", "conll", in.toString());
        assertThat(r.code).isZero();
        assertThat(r.out.split("\n")).containsExactly("-DOCSTART- -X- -X- O", "", "Angela NNP O\tB-PER",
                "Merkel NNP O\tI-PER", "visited VBD O\tO", "Paris NNP O\tB-LOC", ". . O\tO");
    }

    @Test
    void missingFileIsAFailureWithAMessage() {
        Run r = run("ner", "--lang", "en", dir.resolve("nope.txt").toString());
        assertThat(r.code).isEqualTo(Cli.FAILURE);
        assertThat(r.err).contains("no such file");
    }

    @Test
    void languagesWithoutAModelFallBackAndBadOptionsAreReported() throws IOException {
        Path in = Files.writeString(dir.resolve("in.conll"), "a O\n");
        Run other = run("ner", "--lang", "xx", in.toString());
        assertThat(other.code).isEqualTo(Cli.OK);
        assertThat(other.out).isEqualTo("a O\tO\n");
        assertThat(run("ner", "--lang", "en", "--format", "json", in.toString()).code).isEqualTo(Cli.USAGE);
        assertThat(run("ner", in.toString()).code).isEqualTo(Cli.USAGE);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new ParallaxCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }
}
