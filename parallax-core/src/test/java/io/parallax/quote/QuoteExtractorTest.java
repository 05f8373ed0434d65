package io.parallax.quote;

import io.parallax.model.Document;
import io.parallax.model.Mention;
import io.parallax.model.Quote;
import io.parallax.model.QuoteKind;
import io.parallax.model.Sentence;
import io.parallax.pack.PackResources;
import io.parallax.testing.TestDocs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parallax.model.EntityType.LOC;
import static io.parallax.model.EntityType.ORG;
import static io.parallax.model.EntityType.PER;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String lang, String text, Object... mentions) {
        Document doc = TestDocs.document("doc", text);
        List<Sentence> sentences = TestDocs.sentences(doc);
        List<Mention> found = TestDocs.mentions(doc, sentences, mentions);
        return extractor.extract(doc, sentences, found, QuoteCues.load(new PackResources(lang)));
    }

    @Test
    void swedishDirectQuoteWithSpeakerAfter() {
        List<Quote> quotes = extract("sv",
                "Ministern kom till mötet. \"Vi bygger en ny bro, den blir klar i vår\", sade Andersson till reportrarna.",
                "Andersson", PER);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.text()).isEqualTo("Vi bygger en ny bro, den blir klar i vår");
            assertThat(q.speaker().text()).isEqualTo("Andersson");
            assertThat(q.cue()).isEqualTo("sade");
        });
    }

    @Test
    void englishDirectQuoteWithSpeakerBeforeAndCurlyMarks() {
        List<Quote> quotes = extract("en",
                "Maria Lopez told reporters: \u201CWe will not leave this city until the water is back.\u201D",
                "Maria Lopez", PER);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will not leave this city until the water is back");
            assertThat(q.speaker().text()).isEqualTo("Maria Lopez");
        });
    }

    @Test
    void pronounSpeakerResolvesToLastPersonNamed() {
        List<Quote> quotes = extract("en",
                "Mayor John Ortiz visited the site. \u201CThe damage is worse than we feared,\u201D he said.",
                "John Ortiz", PER);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().text()).isEqualTo("John Ortiz");
            assertThat(q.provenance().confidence()).isLessThan(0.9);
        });
    }

    @Test
    void shortScareQuotesAreNotSpeech() {
        assertThat(extract("en", "He tried to spin it from \u201Clooming civil war\u201D to \u201Ceverything is fine\u201D.")).isEmpty();
        assertThat(extract("sv", "Armén från \"Wagner\" rullade mot staden.", "Wagner", ORG)).isEmpty();
    }

    @Test
    void reportedSpeechWithComplementizer() {
        List<Quote> quotes = extract("en",
                "Later Ortiz went on television to vow that anyone who looted shops would be punished.",
                "Ortiz", PER);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.REPORTED);
            assertThat(q.text()).isEqualTo("anyone who looted shops would be punished");
            assertThat(q.speaker().text()).isEqualTo("Ortiz");
        });
    }

    @Test
    void reportedSpeechPrefersThePersonOverTheOrganisation() {
        List<Quote> quotes = extract("en",
                "The ministry's spokesman, Karl Berg, announced that a truce had been agreed in Lyon.",
                "Karl Berg", PER, "Lyon", LOC);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker().text()).isEqualTo("Karl Berg");
            assertThat(q.text()).isEqualTo("a truce had been agreed in Lyon");
        });
    }

    @Test
    void accordingToInSwedish() {
        List<Quote> quotes = extract("sv", "Enligt Polisen har tre personer gripits efter branden i hamnen.",
                "Polisen", ORG);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.REPORTED);
            assertThat(q.speaker().text()).isEqualTo("Polisen");
            assertThat(q.text()).startsWith("har tre personer gripits");
        });
    }

    @Test
    void spansPointAtTheQuotedText() {
        String text = "\"Det finns mat och vatten för alla\", sade Lind.";
        Quote q = extract("sv", text, "Lind", PER).getFirst();
        assertThat(text.substring(q.provenance().start(), q.provenance().end())).isEqualTo(q.text());
    }

    @Test
    void unclosedQuotationMarkIsNotAQuote() {
        assertThat(extract("en", "He said \u201Cthis never ends and goes on and on without any closing mark at all.",
                "He", PER)).noneMatch(q -> q.kind() == QuoteKind.DIRECT);
    }
}
