package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private List<JsonNode> lines(Path out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            nodes.add(new ObjectMapper().readTree(l));
        }
        return nodes;
    }

    @Test
    void writesOneJsonLinePerPageWithTheContractFields() throws IOException {
        Files.writeString(dir.resolve("story.html"), """
                <html lang="sv"><head><title>Tåget är sent</title>
                <meta name="author" content="Anna Berg"><meta name="date" content="2024-01-02"></head>
                <body><article><h1>Tåget är sent</h1><p>Tåget från Malmö var tre timmar sent på tisdagen.</p>
                <figure><figcaption>Perrongen i Malmö.</figcaption></figure>
                <p>Resenärerna fick vänta i kylan, enligt SJ, som beklagar förseningen.</p></article></body></html>""");
        Files.writeString(dir.resolve("note.txt"), "A short note.\n\nWith two paragraphs.");
        Files.write(dir.resolve("zz-bad.html"), new byte[]{0, 1, 2, 3, 4, 5});
        Path out = dir.resolve("out.jsonl");
        int code = Main.run("extract", "--format", "jsonl", "-o", out.toString(), dir.toString());
        assertThat(code).isEqualTo(0);
        List<JsonNode> docs = lines(out);
        assertThat(docs).hasSize(2);
        JsonNode story = docs.get(1);
        assertThat(story.get("id").asText()).isEqualTo("story");
        for (String f : new String[]{"id", "url", "title", "authors", "published", "language", "articleBody",
                "paragraphs", "captions"}) {
            assertThat(story.has(f)).as(f).isTrue();
        }
        assertThat(story.get("authors").get(0).asText()).isEqualTo("Anna Berg");
        assertThat(story.get("published").asText()).isEqualTo("2024-01-02");
        assertThat(story.get("language").asText()).isEqualTo("sv");
        assertThat(story.get("paragraphs")).hasSize(2);
        assertThat(story.get("captions").get(0).asText()).isEqualTo("Perrongen i Malmö.");
        assertThat(docs.get(0).get("id").asText()).isEqualTo("note.txt");
    }

    @Test
    void failsWhenNothingCouldBeExtracted() {
        assertThat(Main.run("extract", dir.resolve("nope.html").toString())).isEqualTo(Cli.FAILURE);
        assertThat(Main.run("extract", "--format", "xml", "x")).isEqualTo(Cli.USAGE);
    }
}
