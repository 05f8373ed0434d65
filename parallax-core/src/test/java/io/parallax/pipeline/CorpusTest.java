package io.parallax.pipeline;

import io.parallax.claim.StatementAligner;
import io.parallax.event.EntityEventClusterer;
import io.parallax.link.Linkers;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.LanguageGuess;
import io.parallax.model.Mention;
import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;
import io.parallax.model.TimelineEntry;
import io.parallax.pack.PackResources;
import io.parallax.testing.TestDocs;
import io.parallax.time.LexiconDateGrammar;
import io.parallax.time.TimeTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.parallax.model.EntityType.LOC;
import static io.parallax.model.EntityType.PER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusTest {

    static Linkers linkers;

    @BeforeAll
    static void linkers() {
        linkers = Linkers.standard();
    }

    private static Corpus corpus() {
        return new Corpus(linkers.create(List.of()), new EntityEventClusterer(EntityEventClusterer.Config.defaults()),
                new StatementAligner(StatementAligner.Config.defaults()));
    }

    /** A document with dates tagged by the language's real grammar and the given mentions. */
    private static AnalyzedDocument doc(String id, String lang, LocalDate published, String text, Object... mentions) {
        Document plain = TestDocs.document(id, text);
        Document d = new Document(id, null, null, List.of(), null, published, plain.text(), plain.paragraphs(), Map.of());
        List<Sentence> sentences = TestDocs.sentences(d);
        List<Mention> found = TestDocs.mentions(d, sentences, mentions);
        List<TimeExpression> times = new TimeTagger().tag(id, sentences, published,
                LexiconDateGrammar.load(new PackResources(lang)));
        return new AnalyzedDocument(d, new LanguageGuess(lang, 1), sentences, found, times, List.of(), List.of());
    }

    @Test
    void undatedDocumentsRelativeDatesResolveAgainstItsEvent() {
        Corpus corpus = corpus();
        corpus.add(doc("en.txt", "en", LocalDate.of(2025, 3, 12),
                "A fire broke out on the ship Baltic Aurora in Gothenburg yesterday. Captain Oleksandr Zhuravlov was unhurt.",
                "Baltic Aurora", PER, "Gothenburg", LOC, "Oleksandr Zhuravlov", PER));
        corpus.add(doc("sv.txt", "sv", null,
                "Branden på Baltic Aurora i Göteborg bröt ut i tisdags. Befälhavaren Oleksandr Zjuravlov skadades inte.",
                "Baltic Aurora", PER, "Göteborg", LOC, "Oleksandr Zjuravlov", PER));
        CorpusView view = corpus.view();
        assertThat(view.events()).singleElement().satisfies(e -> assertThat(e.date()).hasToString("2025-03-11"));
        List<TimelineEntry> sv = view.timeline().stream().filter(t -> t.provenance().document().equals("sv.txt")).toList();
        assertThat(sv).singleElement().satisfies(t -> {
            assertThat(t.date()).isEqualTo("2025-03-11");
            assertThat(t.expression().relative()).isTrue();
            assertThat(t.provenance().confidence()).isLessThan(0.8);
        });
    }

    @Test
    void sameIdTwiceIsRefused() {
        Corpus corpus = corpus();
        corpus.add(doc("a.txt", "en", null, "Mayor Peter Hansen spoke in Paris.", "Peter Hansen", PER));
        assertThatThrownBy(() -> corpus.add(doc("a.txt", "en", null, "Other text.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.txt");
    }

    @Test
    void viewIsASnapshot() {
        Corpus corpus = corpus();
        corpus.add(doc("a.txt", "en", null, "Mayor Peter Hansen spoke in Paris.", "Peter Hansen", PER));
        CorpusView before = corpus.view();
        corpus.add(doc("b.txt", "en", null, "Storms hit Oslo on Monday.", "Oslo", LOC));
        assertThat(before.documents()).hasSize(1);
        assertThat(corpus.view().documents()).hasSize(2);
        assertThat(before.entityOf(before.documents().getFirst().mentions().getFirst())).isPresent();
    }
}
