package io.parallax.cli;

import io.parallax.lang.LanguageIdentifier;
import io.parallax.lang.LanguageIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class LangidCommandTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifiers.standard();
    }

    private static String[] run(String input, LangidCommand.Format format) throws IOException {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            LangidCommand.run(identifier, new StringReader(input), w, format);
        }
        return out.toString().split("\n", -1);
    }

    @Test
    void oneTsvLinePerInputLineIncludingBadOnes() throws IOException {
        String huge = "Det här är svenska. ".repeat(60_000);
        String input = "The talks ended without a deal.\n\nRegeringen lade fram budgeten.\r\n😀🎉\n12345\n"
                + "https://example.com/x\n" + huge + "\nDie Gespräche endeten ohne Einigung.";
        String[] lines = run(input, LangidCommand.Format.tsv);
        assertThat(lines).hasSize(9);
        assertThat(lines[8]).isEmpty();
        assertThat(lines[0]).startsWith("en\t");
        assertThat(lines[1]).isEqualTo("und\t0.0000");
        assertThat(lines[2]).startsWith("sv\t");
        assertThat(lines[3]).isEqualTo("und\t0.0000");
        assertThat(lines[4]).isEqualTo("und\t0.0000");
        assertThat(lines[5]).isEqualTo("und\t0.0000");
        assertThat(lines[6]).startsWith("sv\t");
        assertThat(lines[7]).startsWith("de\t");
        for (int i = 0; i < 8; i++) {
            assertThat(lines[i]).matches("[a-z]{2,3}\t[01]\\.\\d{4}");
        }
    }

    @Test
    void jsonFormatHasTheScript() throws IOException {
        String[] lines = run("Привет, мир!\n", LangidCommand.Format.json);
        assertThat(lines[0]).startsWith("{\"language\":\"ru\",\"confidence\":").endsWith("\"script\":\"Cyrillic\"}");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.run("langid", "--format", "xml")).isEqualTo(Cli.USAGE);
    }
}
