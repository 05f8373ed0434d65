package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorsTest {

    private final Extractor standard = Extractors.standard();

    @Test
    void choosesByContentTypeThenBySniffing() throws Exception {
        byte[] html = HtmlExtractorTest.ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertThat(standard.extract(RawDocument.of("a", "a", html, null)).metadata()).containsEntry("format", "html");
        assertThat(standard.extract(RawDocument.of("a", "a", html, "text/html; charset=utf-8")).metadata())
                .containsEntry("format", "html");
        assertThat(standard.extract(RawDocument.of("a", "a.txt", html, "text/plain")).metadata())
                .containsEntry("format", "html");
        byte[] text = "Plain text about <b> tags and x < y.\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8);
        Document d = standard.extract(RawDocument.of("t", "t.txt", text, "text/plain"));
        assertThat(d.metadata()).containsEntry("format", "text");
        assertThat(d.paragraphs()).hasSize(2);
    }
}
