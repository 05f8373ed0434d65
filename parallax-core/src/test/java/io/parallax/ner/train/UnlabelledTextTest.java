package io.parallax.ner.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnlabelledTextTest {

    @TempDir
    Path dir;

    @Test
    void tokenisesLikeConll() {
        assertThat(UnlabelledText.tokenize("\"Putin's men,\" the U.S. said (today)."))
                .containsExactly("\"", "Putin", "'s", "men", ",", "\"", "the", "U.S.", "said", "(", "today", ")", ".");
    }

    @Test
    void readsTextJsonLinesXmlAndColumnsSkippingOtherLanguages() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "One line here.\nAnother line.\n");
        Files.writeString(dir.resolve("b.jsonl"),
                "{\"lang\": \"en\", \"text\": \"An English text that is long enough to be kept.\"}\n"
                        + "{\"lang\": \"fi\", \"text\": \"Suomenkielinen teksti joka on tarpeeksi pitkä.\"}\n");
        Files.writeString(dir.resolve("c.tml"), "<TimeML><TIMEX3>Monday</TIMEX3> came</TimeML>");
        Files.writeString(dir.resolve("d.iob2"), "1\tI\tO\t-\t-\n2\tLund\tB-LOC\t-\t-\n\n");
        List<String> sentences = new ArrayList<>();
        new UnlabelledText("en", t -> sentences.add(String.join(" ", t))).read(dir);
        assertThat(sentences).contains("One line here .", "An English text that is long enough to be kept .",
                "Monday came", "I Lund").noneMatch(s -> s.contains("Suomenkielinen"));
    }
}
