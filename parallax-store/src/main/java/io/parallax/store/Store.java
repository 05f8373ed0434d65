package io.parallax.store;

import io.parallax.model.AnalyzedDocument;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where analysed documents, the ingest journal and user decisions are kept. The embedded default is Lucene on
 * local disk; a distributed backend plugs in behind the same interface.
 *
 * <p>Writes happen in batches: {@link #commit} makes a whole batch visible at once, or none of it, so a crash never
 * leaves half an article or a journal entry without its article. Implementations are thread-safe; one writer at a
 * time is expected.
 */
public interface Store extends Closeable {

    /**
     * Stores a batch atomically: its documents, journal entries and records become visible together.
     *
     * @throws IOException when the batch could not be made durable; then none of it is visible
     */
    void commit(Batch batch) throws IOException;

    /** Every stored document, in the order it was committed. */
    void forEachDocument(Consumer<AnalyzedDocument> consumer) throws IOException;

    Optional<AnalyzedDocument> document(String id) throws IOException;

    /** The journal entry of a source key (a path, URL or archive position), if that input was already processed. */
    Optional<JournalEntry> journal(String sourceKey) throws IOException;

    /** The id of a stored document with this content hash, if any: the same article under another name. */
    Optional<String> documentWithHash(String contentHash) throws IOException;

    /** Full-text search over titles and bodies; the query uses Lucene's classic syntax. */
    List<SearchHit> search(SearchQuery query) throws IOException;

    /** The stored records of one kind (for example user decisions on entities), in commit order. */
    List<StoredRecord> records(String kind) throws IOException;

    StoreStats stats() throws IOException;

    /** Everything one commit writes. */
    record Batch(List<AnalyzedDocument> documents, List<JournalEntry> journal, List<StoredRecord> records) {

        public Batch {
            documents = List.copyOf(documents);
            journal = List.copyOf(journal);
            records = List.copyOf(records);
        }

        public static Batch ofRecords(List<StoredRecord> records) {
            return new Batch(List.of(), List.of(), records);
        }

        public boolean isEmpty() {
            return documents.isEmpty() && journal.isEmpty() && records.isEmpty();
        }
    }
}
