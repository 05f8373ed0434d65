package io.parallax.ingest;

import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WarcSourceTest {

    @TempDir
    Path dir;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private static Map<String, String> pages() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            m.put("https://news.example/story-" + i, "<html><body><p>Story number " + i + " text.</p></body></html>");
        }
        return m;
    }

    private void read(Path warc, SourceOptions options) {
        new WarcSource(warc, options).read(docs::add, problems::add);
    }

    @Test
    void readsHtmlResponsesFromPlainAndGzippedArchives() throws IOException {
        for (String name : new String[]{"a.warc", "b.warc.gz"}) {
            docs.clear();
            read(WarcFixtures.write(dir.resolve(name), pages()), SourceOptions.DEFAULTS);
            assertThat(docs).extracting(RawDocument::id).containsExactly("https://news.example/story-1",
                    "https://news.example/story-2", "https://news.example/story-3");
            RawDocument d = docs.getFirst();
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).contains("Story number 1");
            assertThat(d.contentType()).startsWith("text/html");
            assertThat(d.header("warc-offset")).isEqualTo("0");
            assertThat(d.header("url")).isEqualTo("https://news.example/story-1");
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void skipsIdsAlreadyDone() throws IOException {
        read(WarcFixtures.write(dir.resolve("a.warc.gz"), pages()),
                SourceOptions.DEFAULTS.withSkip(Set.of("https://news.example/story-2")::contains));
        assertThat(docs).extracting(RawDocument::id).doesNotContain("https://news.example/story-2").hasSize(2);
    }

    @Test
    void truncatedArchiveKeepsEarlierRecordsAndReportsTheRest() throws IOException {
        for (String name : new String[]{"t.warc", "t.warc.gz"}) {
            docs.clear();
            problems.clear();
            Path full = WarcFixtures.write(dir.resolve("full-" + name), pages());
            byte[] b = Files.readAllBytes(full);
            Path cut = Files.write(dir.resolve(name), Arrays.copyOf(b, b.length * 2 / 5));
            read(cut, SourceOptions.DEFAULTS);
            assertThat(docs.size()).as(name).isBetween(0, 2);
            assertThat(problems).as(name).singleElement().extracting(Problem::message).asString()
                    .contains("truncated or corrupt WARC");
        }
    }

    @Test
    void missingAndNonWarcFilesAreProblems() throws IOException {
        read(dir.resolve("missing.warc"), SourceOptions.DEFAULTS);
        Path junk = Files.writeString(dir.resolve("junk.warc"), "this is not a warc file at all\n\n");
        read(junk, SourceOptions.DEFAULTS);
        assertThat(docs).isEmpty();
        assertThat(problems).hasSize(2);
        assertThat(problems.getFirst().message()).contains("no such file");
    }

    @Test
    void oversizedRecordIsAProblem() throws IOException {
        Map<String, String> big = Map.of("https://news.example/big", "<p>" + "x".repeat(50_000) + "</p>");
        read(WarcFixtures.write(dir.resolve("big.warc"), big), SourceOptions.DEFAULTS.withMaxBytes(10_000));
        assertThat(docs).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("size limit");
    }
}
