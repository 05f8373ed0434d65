package io.parallax.lang;

import io.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphLanguagesTest {

    private final ParagraphLanguages paragraphs = new ParagraphLanguages(
            new NgramLanguageIdentifier(NgramModelTest.model != null ? NgramModelTest.model : tinyModel()));

    private static NgramModel tinyModel() {
        NgramModelBuilder b = new NgramModelBuilder();
        b.addCounts("en", NgramModelTest.EN, 1);
        b.addCounts("sv", NgramModelTest.SV, 1);
        b.addCounts("de", NgramModelTest.DE, 1);
        return b.build();
    }

    @Test
    void eachParagraphGetsItsOwnLanguage() {
        String sv = "Regeringen sade på måndagen att den nya lagen skulle träda i kraft nästa år.";
        String en = "The president told reporters that the talks were going well.";
        String text = sv + "\n\n" + en + "\n\n" + sv;
        int a = sv.length();
        List<Span> spans = List.of(new Span(0, a), new Span(a + 2, a + 2 + en.length()),
                new Span(a + 4 + en.length(), text.length()));
        ParagraphLanguages.Result r = paragraphs.identify(text, spans);
        assertThat(r.paragraphs()).extracting(p -> p.guess().language()).containsExactly("sv", "en", "sv");
        assertThat(r.paragraphs()).extracting(ParagraphLanguages.Paragraph::script).containsOnly("Latin");
        assertThat(r.document().language()).isEqualTo("sv");
    }

    @Test
    void shortParagraphsTakeTheDocumentLanguage() {
        String body = "Företaget sade att vinsten hade minskat på grund av svagare efterfrågan på dess produkter.";
        String text = body + "\n\nOK\n\n" + body;
        int a = body.length();
        List<Span> spans = List.of(new Span(0, a), new Span(a + 2, a + 4), new Span(a + 6, text.length()));
        ParagraphLanguages.Result r = paragraphs.identify(text, spans);
        assertThat(r.paragraphs().get(1).guess().language()).isEqualTo("sv");
        assertThat(r.paragraphs().get(1).guess().confidence()).isLessThan(r.document().confidence());
    }

    @Test
    void emptyTextAndLetterlessParagraphs() {
        assertThat(paragraphs.identify("", List.of()).document().isUndetermined()).isTrue();
        ParagraphLanguages.Result r = paragraphs.identify("12 34\n\n😀", List.of(new Span(0, 5), new Span(7, 9)));
        assertThat(r.paragraphs()).allSatisfy(p -> assertThat(p.guess().isUndetermined()).isTrue());
    }
}
