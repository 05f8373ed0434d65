package io.parallax.store.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parallax.json.Json;
import io.parallax.model.AnalyzedDocument;
import io.parallax.store.JournalEntry;
import io.parallax.store.SearchHit;
import io.parallax.store.SearchQuery;
import io.parallax.store.Store;
import io.parallax.store.StoreStats;
import io.parallax.store.StoredRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The embedded store: one Lucene index on local disk holding three kinds of Lucene documents, told apart by the
 * {@code kind} field: articles (searchable text plus the full analysis as stored JSON), journal entries and
 * records. {@link #commit} adds a batch and commits the index once, so the batch becomes durable and visible
 * atomically. Thread-safe: commits are serialised; searches run concurrently against the latest commit.
 */
public final class LuceneStore implements Store {

    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String JOURNAL = "journal";
    static final String RECORD = "record";
    static final String ID = "id";
    static final String SEQ = "seq";
    static final String LANG = "lang";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String HASH = "hash";
    static final String JSON = "json";
    static final String KEY = "key";
    static final String RECORD_ID = "rid";
    private static final int PAGE = 500;

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private IndexWriter writer;
    private SearcherManager searchers;
    private final ObjectMapper mapper = Json.mapper();
    private long nextSeq;

    private LuceneStore(Path dir) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
        openWriter();
    }

    /**
     * Opens the store in a directory, creating it if needed. Uncommitted changes of a crashed writer are discarded.
     *
     * @throws IOException when the directory cannot be created, or is locked by another running process
     */
    public static LuceneStore open(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            return new LuceneStore(dir);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IOException("the store " + dir + " is in use by another Parallax process", e);
        }
    }

    private long lastSeq() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(new MatchAllDocsQuery(), 1, new Sort(new SortField(SEQ, SortField.Type.LONG, true)));
            return top.scoreDocs.length == 0 ? -1
                    : s.storedFields().document(top.scoreDocs[0].doc).getField(SEQ).numericValue().longValue();
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public synchronized void commit(Batch batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            write(batch);
            writer.commit();
        } catch (IOException | RuntimeException e) {
            rollbackAndReopen();
            throw new IOException("the batch was not stored (nothing of it is visible): " + e.getMessage(), e);
        }
        searchers.maybeRefreshBlocking();
    }

    /** Adds a batch to the writer without committing it: visible to nobody until the next commit. */
    synchronized void write(Batch batch) throws IOException {
        for (AnalyzedDocument d : batch.documents()) {
            writer.updateDocument(new Term(ID, d.id()), article(d));
        }
        for (JournalEntry j : batch.journal()) {
            writer.updateDocument(new Term(KEY, JOURNAL + "/" + j.sourceKey()), journal(j));
        }
        for (StoredRecord r : batch.records()) {
            writer.updateDocument(new Term(KEY, r.kind() + "/" + r.id()), record(r));
        }
    }

    /** Drops everything since the last commit; a rolled-back writer is closed, so open a new one. */
    synchronized void rollbackAndReopen() throws IOException {
        searchers.close();
        writer.rollback();
        openWriter();
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        nextSeq = lastSeq() + 1;
    }

    private Document article(AnalyzedDocument a) throws JsonProcessingException {
        Document d = new Document();
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StringField(LANG, a.lang(), Field.Store.YES));
        d.add(new StringField(HASH, ContentHash.of(a.document().text()), Field.Store.NO));
        String title = a.document().title();
        if (title != null) {
            d.add(new TextField(TITLE, title, Field.Store.YES));
        }
        d.add(new TextField(TEXT, a.document().text(), Field.Store.YES));
        d.add(new StoredField(JSON, new BytesRef(mapper.writeValueAsBytes(a))));
        addSeq(d);
        return d;
    }

    private Document journal(JournalEntry j) throws JsonProcessingException {
        Document d = new Document();
        d.add(new StringField(KIND, JOURNAL, Field.Store.NO));
        d.add(new StringField(KEY, JOURNAL + "/" + j.sourceKey(), Field.Store.NO));
        d.add(new StringField("outcome", j.outcome().name(), Field.Store.YES));
        d.add(new StoredField(JSON, mapper.writeValueAsString(j)));
        addSeq(d);
        return d;
    }

    private Document record(StoredRecord r) {
        Document d = new Document();
        d.add(new StringField(KIND, RECORD, Field.Store.NO));
        d.add(new StringField("rkind", r.kind(), Field.Store.YES));
        d.add(new StringField(KEY, r.kind() + "/" + r.id(), Field.Store.NO));
        d.add(new StoredField(RECORD_ID, r.id()));
        d.add(new StoredField(JSON, r.json()));
        addSeq(d);
        return d;
    }

    private void addSeq(Document d) {
        long seq = nextSeq++;
        d.add(new NumericDocValuesField(SEQ, seq));
        d.add(new StoredField(SEQ, seq));
    }

    @Override
    public void forEachDocument(Consumer<AnalyzedDocument> consumer) throws IOException {
        forEachInOrder(new TermQuery(new Term(KIND, ARTICLE)), d -> consumer.accept(analysis(d)));
    }

    /** Visits matching Lucene documents in commit order, a page at a time, so memory stays flat. */
    private void forEachInOrder(Query query, Consumer<Document> visit) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            Sort bySeq = new Sort(new SortField(SEQ, SortField.Type.LONG));
            ScoreDoc after = null;
            while (true) {
                TopDocs page = after == null ? s.search(query, PAGE, bySeq) : s.searchAfter(after, query, PAGE, bySeq);
                for (ScoreDoc sd : page.scoreDocs) {
                    visit.accept(s.storedFields().document(sd.doc));
                }
                if (page.scoreDocs.length < PAGE) {
                    return;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } finally {
            searchers.release(s);
        }
    }

    private AnalyzedDocument analysis(Document d) {
        try {
            BytesRef json = d.getBinaryValue(JSON);
            return mapper.readValue(json.bytes, json.offset, json.length, AnalyzedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored analysis of " + d.get(ID) + " cannot be read", e);
        }
    }

    @Override
    public Optional<AnalyzedDocument> document(String id) throws IOException {
        return first(new TermQuery(new Term(ID, id))).map(this::analysis);
    }

    @Override
    public Optional<JournalEntry> journal(String sourceKey) throws IOException {
        Optional<Document> d = first(new TermQuery(new Term(KEY, JOURNAL + "/" + sourceKey)));
        return d.isEmpty() ? Optional.empty() : Optional.of(mapper.readValue(d.get().get(JSON), JournalEntry.class));
    }

    @Override
    public Optional<String> documentWithHash(String contentHash) throws IOException {
        return first(new TermQuery(new Term(HASH, contentHash))).map(d -> d.get(ID));
    }

    private Optional<Document> first(Query q) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(s.storedFields().document(top.scoreDocs[0].doc));
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public List<SearchHit> search(SearchQuery query) throws IOException {
        Query q = query(query);
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, query.limit());
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer).withMaxLength(1_000_000)
                    .withFormatter(new org.apache.lucene.search.uhighlight.DefaultPassageFormatter("<b>", "</b>", "… ", true))
                    .build();
            String[] snippets = highlighter.highlight(TEXT, q, top, 2);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document d = s.storedFields().document(top.scoreDocs[i].doc);
                hits.add(new SearchHit(d.get(ID), d.get(TITLE), d.get(LANG), top.scoreDocs[i].score,
                        snippets[i] == null ? "" : snippets[i]));
            }
            return hits;
        } finally {
            searchers.release(s);
        }
    }

    private Query query(SearchQuery query) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        if (!query.text().isBlank()) {
            text.add(parse(query.text()), BooleanClause.Occur.SHOULD);
        }
        for (String alt : query.alsoAny()) {
            text.add(phrase(alt), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, ARTICLE)), BooleanClause.Occur.FILTER);
        BooleanQuery textQuery = text.build();
        all.add(textQuery.clauses().isEmpty() ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
        if (query.language() != null) {
            all.add(new TermQuery(new Term(LANG, query.language())), BooleanClause.Occur.FILTER);
        }
        if (!query.documents().isEmpty()) {
            all.add(new TermInSetQuery(ID, query.documents().stream().map(BytesRef::new).toList()),
                    BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /** Parses the user's query over title and text; on a syntax error, searches its words instead. */
    private Query parse(String text) {
        org.apache.lucene.queryparser.classic.MultiFieldQueryParser parser =
                new org.apache.lucene.queryparser.classic.MultiFieldQueryParser(new String[]{TITLE, TEXT}, analyzer,
                        Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private Query phrase(String words) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        try {
            return parser.parse("\"" + QueryParser.escape(words) + "\"");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<StoredRecord> records(String kind) throws IOException {
        List<StoredRecord> out = new ArrayList<>();
        forEachInOrder(new TermQuery(new Term("rkind", kind)),
                d -> out.add(new StoredRecord(kind, d.get(RECORD_ID), d.get(JSON))));
        return out;
    }

    @Override
    public StoreStats stats() throws IOException {
        Map<String, Long> languages = new TreeMap<>();
        Map<String, Long> journal = new TreeMap<>();
        Map<String, Long> records = new TreeMap<>();
        long[] documents = {0};
        forEachInOrder(new MatchAllDocsQuery(), d -> {
            if (d.get(LANG) != null) {
                documents[0]++;
                languages.merge(d.get(LANG), 1L, Long::sum);
            } else if (d.get("outcome") != null) {
                journal.merge(d.get("outcome").toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
            } else if (d.get("rkind") != null) {
                records.merge(d.get("rkind"), 1L, Long::sum);
            }
        });
        return new StoreStats(documents[0], languages, journal, records, sizeOnDisk());
    }

    private long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.rollback();
        directory.close();
    }

    /** Language-neutral analysis for many languages at once: Unicode words, lower case, accents folded. */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream chain = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, chain);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
