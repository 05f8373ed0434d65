package io.parallax.extract;

import io.parallax.model.Document;
import io.parallax.model.RawDocument;
import io.parallax.model.Span;
import io.parallax.util.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PlainTextExtractorTest {

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    private Document extract(String text) throws ExtractionException {
        return extractor.extract(RawDocument.of("doc.txt", "doc.txt", text.getBytes(StandardCharsets.UTF_8),
                "text/plain"));
    }

    @Test
    void keepsParagraphsAndTheirSpans() throws Exception {
        Document d = extract("First paragraph, which is\nwrapped over two lines.\n\n\nSecond one.\r\n\r\nThird.");
        assertThat(d.paragraphTexts()).containsExactly("First paragraph, which is wrapped over two lines.",
                "Second one.", "Third.");
        for (Span s : d.paragraphs()) {
            assertThat(d.text().substring(s.start(), s.end())).doesNotContain("\n\n");
        }
        assertThat(d.text()).isEqualTo(String.join("\n\n", d.paragraphTexts()));
        assertThat(d.title()).isNull();
    }

    @Test
    void authorHeadingBioAndClosingNameAreATrailer() throws Exception {
        Document d = extract("""
                Det var en lång vecka i riksdagen, och ingen vet ännu hur budgeten ska se ut.

                Ledamöterna väntar på besked från regeringen.


                Author

                Karin Lindqvist is a freelance writer based in Uppsala.

                Karin Lindqvist""");
        assertThat(d.authors()).containsExactly("Karin Lindqvist");
        assertThat(d.outlet()).isNull();
        assertThat(d.body()).endsWith("besked från regeringen.").doesNotContain("Karin");
        assertThat(d.text().substring(d.bodyEnd())).contains("Karin Lindqvist is a freelance writer");
    }

    @Test
    void bioAndFirstPublishedNoteGiveAuthorAndOutlet() throws Exception {
        Document d = extract("""
                The harbour reopened on Monday after a week of storms.

                Fishermen said the damage was worse than in 2019.

                Jane O'Neill is Senior Lecturer, School of Marine Science, University of Otago.

                This article was originally published on The Harbour Gazette.""");
        assertThat(d.authors()).containsExactly("Jane O'Neill");
        assertThat(d.outlet()).isEqualTo("The Harbour Gazette");
        assertThat(d.bodyParagraphs()).hasSize(2);
        assertThat(d.metadata()).containsEntry("outlet.source", "trailer");
    }

    @Test
    void swedishAndGermanTrailers() throws Exception {
        Document sv = extract("""
                Regeringen presenterade i dag sin nya plan för järnvägen.

                Av Anna-Karin Berg

                Artikeln publicerades först i Göteborgs-Posten.""");
        assertThat(sv.authors()).containsExactly("Anna-Karin Berg");
        assertThat(sv.outlet()).isEqualTo("Göteborgs-Posten");
        assertThat(sv.body()).isEqualTo("Regeringen presenterade i dag sin nya plan för järnvägen.");

        Document de = extract("""
                Von Hans Peter Müller

                Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen.

                Dieser Artikel erschien zuerst bei Zeit Online.""");
        assertThat(de.authors()).containsExactly("Hans Peter Müller");
        assertThat(de.outlet()).isEqualTo("Zeit Online");
        assertThat(de.body()).isEqualTo("Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen.");
    }

    @Test
    void bodyParagraphAboutAPersonIsNotABio() throws Exception {
        Document d = extract("""
                The summit ended without agreement.

                Vladimir Putin is expected to respond on Friday, officials said.""");
        assertThat(d.authors()).isEmpty();
        assertThat(d.paragraphs()).hasSize(2);
    }

    @Test
    void headlineBecomesTitleOnlyWhenClearlyOne() throws Exception {
        Document titled = extract("Storm closes the harbour\n\nThe harbour closed on Monday after heavy storms "
                + "swept the coast.");
        assertThat(titled.title()).isEqualTo("Storm closes the harbour");
        assertThat(titled.text()).startsWith("The harbour closed");

        Document sentence = extract("The harbour closed on Monday.\n\nIt reopened on Friday after repairs.");
        assertThat(sentence.title()).isNull();
        assertThat(sentence.paragraphs()).hasSize(2);
    }

    @Test
    void captionsWithAgencyCreditsAreListed() throws Exception {
        Document d = extract("""
                Troops moved north overnight.

                Soldiers stand guard in a street in Rostov on June 24, 2023. REUTERS/Jane Smith

                The convoy stopped before dawn.""");
        assertThat(d.paragraphTexts()).hasSize(3);
        assertThat(d.metadata().get("captions")).contains("REUTERS/Jane Smith");
    }

    @Test
    void invalidUtf8IsDecodedWithAWarning() throws Exception {
        byte[] latin = "Caf\u00e9 society in G\u00f6teborg, d\u00e9j\u00e0 vu.\n\nSecond paragraph here."
                .getBytes(Charset.forName("windows-1252"));
        Document d = extractor.extract(RawDocument.of("x.txt", "x.txt", latin, "text/plain"));
        assertThat(d.text()).contains("Göteborg").contains("déjà");
        assertThat(d.metadata().get("charset.warning")).contains("not valid UTF-8").contains("windows-1252");
    }

    @Test
    void emptyAndBinaryInputAreRefusedWithAReason() {
        assertThatThrownBy(() -> extract(" \n\n  ")).isInstanceOf(ExtractionException.class).hasMessageContaining("empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThatThrownBy(() -> extractor.extract(RawDocument.of("p.txt", "p.txt", png, "text/plain")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary");
    }

    @Test
    void seedsHaveTheirAuthorsAndOutlets() throws IOException, ExtractionException {
        Path seeds = SharedData.resolve("corpus/seeds").orElse(null);
        assumeTrue(seeds != null, "../shared/corpus/seeds absent: skipping");
        int withAuthor = 0;
        try (var files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Document d = extractor.extract(RawDocument.of(p.getFileName().toString(), p.toString(),
                        Files.readAllBytes(p), "text/plain"));
                assertThat(d.authors()).hasSize(1);
                assertThat(d.body()).doesNotContain("first published").doesNotEndWith(d.authors().getFirst());
                assertThat(d.text()).contains(d.authors().getFirst());
                withAuthor++;
            }
        }
        assertThat(withAuthor).isEqualTo(2);
    }

    @Test
    void headlineBylineAndDatelineOfAWireStory() throws Exception {
        Document d = extract("""
                Ferry runs aground in the archipelago

                By Maria Holm
                TURKU, October 2, 2025

                A passenger ferry ran aground on Thursday morning. All passengers were taken ashore.
                """);
        assertThat(d.title()).isEqualTo("Ferry runs aground in the archipelago");
        assertThat(d.authors()).containsExactly("Maria Holm");
        assertThat(d.published()).hasToString("2025-10-02");
        assertThat(d.metadata()).containsEntry("published.source", "dateline");
        assertThat(d.body()).startsWith("A passenger ferry").doesNotContain("TURKU");
    }

    @Test
    void swedishPublicationLineIsADateline() throws Exception {
        Document d = extract("""
                Brand i hamnen

                Av Erik Sund
                Publicerad 12 mars 2025 kl. 07.45

                En brand bröt ut i går kväll. Ingen skadades enligt räddningstjänsten.
                """);
        assertThat(d.authors()).containsExactly("Erik Sund");
        assertThat(d.published()).hasToString("2025-03-12");
    }

    @Test
    void firstSentenceWithADateStaysInTheBody() throws Exception {
        Document d = extract("""
                On 3 March 2024 the council voted to close the old bridge for good, ending a decade of repairs.

                Engineers said the new crossing would open in 2027.
                """);
        assertThat(d.published()).isNull();
        assertThat(d.body()).startsWith("On 3 March 2024");
    }
}
