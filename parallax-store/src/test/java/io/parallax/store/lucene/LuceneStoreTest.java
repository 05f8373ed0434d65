package io.parallax.store.lucene;

import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.LanguageGuess;
import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;
import io.parallax.store.JournalEntry;
import io.parallax.store.SearchHit;
import io.parallax.store.SearchQuery;
import io.parallax.store.Store;
import io.parallax.store.StoredRecord;
import io.parallax.testing.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.parallax.model.EntityType.LOC;
import static io.parallax.model.EntityType.PER;
import static org.assertj.core.api.Assertions.assertThat;

class LuceneStoreTest {

    @TempDir
    Path dir;

    static AnalyzedDocument analyzed(String id, String lang, String text) {
        Document doc = TestDocs.document(id, text);
        List<Sentence> sentences = TestDocs.sentences(doc);
        TimeExpression t = new TimeExpression("June 24, 2023", "2023-06-24", TimeExpression.Granularity.DAY, null,
                io.parallax.model.Provenance.of(id, 0, 1));
        return new AnalyzedDocument(doc, new LanguageGuess(lang, 0.9), sentences,
                TestDocs.mentions(doc, sentences, "Prigozhin", PER, "Moskva", LOC), List.of(t), List.of(), List.of());
    }

    private static Store.Batch batch(AnalyzedDocument... docs) {
        List<JournalEntry> journal = new ArrayList<>();
        for (AnalyzedDocument d : docs) {
            journal.add(new JournalEntry("file:" + d.id(), ContentHash.of(d.document().text()), d.id(),
                    JournalEntry.Outcome.STORED, null));
        }
        return new Store.Batch(List.of(docs), journal, List.of());
    }

    @Test
    void documentsRoundTripThroughReopen() throws IOException {
        AnalyzedDocument a = analyzed("a.txt", "en", "Prigozhin marched on Moscow. The convoy stopped.");
        AnalyzedDocument b = analyzed("b.txt", "sv", "Prigozhin rullade mot Moskva. Konvojen stannade.");
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.commit(batch(a, b));
        }
        try (LuceneStore store = LuceneStore.open(dir)) {
            List<AnalyzedDocument> back = new ArrayList<>();
            store.forEachDocument(back::add);
            assertThat(back).containsExactly(a, b);
            assertThat(store.document("b.txt")).contains(b);
            assertThat(store.journal("file:a.txt")).get().extracting(JournalEntry::document).isEqualTo("a.txt");
            assertThat(store.documentWithHash(ContentHash.of(a.document().text()))).contains("a.txt");
            assertThat(store.stats().documents()).isEqualTo(2);
            assertThat(store.stats().languages()).containsEntry("sv", 1L);
        }
    }

    @Test
    void uncommittedBatchIsInvisibleAfterACrash() throws IOException {
        AnalyzedDocument a = analyzed("a.txt", "en", "The first article is stored.");
        AnalyzedDocument b = analyzed("b.txt", "en", "The second article was never committed.");
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.commit(batch(a));
            store.write(batch(b));
            // the process dies here: close() stands in for the crash, discarding what was not committed
        }
        try (LuceneStore store = LuceneStore.open(dir)) {
            assertThat(store.document("b.txt")).isEmpty();
            assertThat(store.journal("file:b.txt")).isEmpty();
            assertThat(store.document("a.txt")).isPresent();
        }
    }

    @Test
    void failedCommitLeavesTheStoreUsable() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.write(batch(analyzed("half.txt", "en", "Half an article.")));
            store.rollbackAndReopen();
            store.commit(batch(analyzed("whole.txt", "en", "A whole article.")));
            assertThat(store.document("half.txt")).isEmpty();
            assertThat(store.document("whole.txt")).isPresent();
        }
    }

    @Test
    void searchFindsWordsAcrossAccentsAndMarksThem() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.commit(batch(analyzed("sv.txt", "sv", "Konvojen nådde Moskva på lördagen."),
                    analyzed("en.txt", "en", "The convoy never reached the capital.")));
            List<SearchHit> hits = store.search(SearchQuery.of("nadde", 10));
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.document()).isEqualTo("sv.txt");
                assertThat(h.snippet()).contains("<b>nådde</b>");
            });
            assertThat(store.search(new SearchQuery("convoy", List.of("Konvojen"), null, List.of(), 10)))
                    .extracting(SearchHit::document).containsExactlyInAnyOrder("sv.txt", "en.txt");
            assertThat(store.search(new SearchQuery("convoy", List.of("Konvojen"), "en", List.of(), 10)))
                    .extracting(SearchHit::document).containsExactly("en.txt");
        }
    }

    @Test
    void malformedQueryFallsBackToPlainWords() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.commit(batch(analyzed("a.txt", "en", "Wagner fighters (mercenaries) stood guard.")));
            assertThat(store.search(SearchQuery.of("fighters (mercenaries", 5))).hasSize(1);
        }
    }

    @Test
    void recordsAreReplacedByIdAndKeptInOrder() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.commit(batch(analyzed("a.txt", "en", "Records live beside articles in one index.")));
            store.commit(Store.Batch.ofRecords(List.of(new StoredRecord("decision", "1", "{\"v\":1}"),
                    new StoredRecord("decision", "2", "{\"v\":2}"))));
            store.commit(Store.Batch.ofRecords(List.of(new StoredRecord("decision", "1", "{\"v\":3}"))));
        }
        try (LuceneStore store = LuceneStore.open(dir)) {
            assertThat(store.records("decision")).extracting(StoredRecord::json).containsExactly("{\"v\":2}", "{\"v\":3}");
            assertThat(store.records("other")).isEmpty();
        }
    }

    @Test
    void secondWriterOnTheSameDirectoryIsRefusedWithAClearMessage() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LuceneStore.open(dir))
                    .isInstanceOf(IOException.class).hasMessageContaining("in use by another Parallax process");
        }
    }
}
