package io.parallax.app;

import io.parallax.dedup.DuplicateIndex;
import io.parallax.dedup.Verdict;
import io.parallax.extract.ExtractionException;
import io.parallax.json.Json;
import io.parallax.link.Decision;
import io.parallax.ingest.Source;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.Problem;
import io.parallax.model.RawDocument;
import io.parallax.pipeline.Corpus;
import io.parallax.pipeline.CorpusView;
import io.parallax.pipeline.Pipeline;
import io.parallax.store.JournalEntry;
import io.parallax.store.Store;
import io.parallax.store.StoredRecord;
import io.parallax.store.lucene.ContentHash;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parallax running embedded: a pipeline, the corpus state and (optionally) a store. Ingest reads a source, runs the
 * per-document stages on a pool of threads, adds the results to the corpus in source order, and commits them to
 * the store in batches together with their journal entries, so an interrupted run resumes where it stopped,
 * neither losing nor repeating a document. Opening an existing store replays its documents into the corpus (no
 * re-analysis), applying the users' decisions.
 *
 * <p>One ingest at a time ({@link #ingest} is synchronized); {@link #view} may be called from any thread.
 */
public final class Engine implements Closeable {

    /** Record kind of user decisions about entities. */
    public static final String DECISIONS = "decision";
    static final int BATCH = 32;

    private final Pipeline pipeline;
    private final Optional<Store> store;
    private volatile Corpus corpus;
    private DuplicateIndex seen;
    private final Map<String, Verdict> nearDuplicates = new java.util.concurrent.ConcurrentHashMap<>();

    private Engine(Pipeline pipeline, Optional<Store> store) throws IOException {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = store;
        this.corpus = rebuild();
    }

    /** An engine over a store, with the store's documents replayed into the corpus. */
    public static Engine open(Pipeline pipeline, Store store) throws IOException {
        return new Engine(pipeline, Optional.of(store));
    }

    /** An engine without a store: for one-off analysis. */
    public static Engine inMemory(Pipeline pipeline) {
        try {
            return new Engine(pipeline, Optional.empty());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Replays the stored documents into a fresh corpus and duplicate index, with the stored decisions applied. */
    private Corpus rebuild() throws IOException {
        List<String> decisions = new ArrayList<>();
        if (store.isPresent()) {
            store.get().records(DECISIONS).forEach(r -> decisions.add(r.json()));
        }
        Corpus fresh = pipeline.newCorpus(decisions);
        seen = new DuplicateIndex();
        nearDuplicates.clear();
        if (store.isPresent()) {
            store.get().forEachDocument(d -> {
                noteDuplicate(d.document());
                fresh.add(d);
            });
        }
        return fresh;
    }

    /** Checks a document against those seen, remembers it, and returns the verdict. */
    private Verdict noteDuplicate(Document d) {
        Verdict v = seen.check(d);
        if (v.kind() == Verdict.Kind.NEAR_DUPLICATE) {
            nearDuplicates.put(d.id(), v);
        }
        if (v.kind() != Verdict.Kind.DUPLICATE) {
            seen.add(d);
        }
        return v;
    }

    /** The earlier document this one is a near-duplicate of (syndicated copy, repost), if any. */
    public Optional<Verdict> nearDuplicateOf(String document) {
        return Optional.ofNullable(nearDuplicates.get(document));
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Optional<Store> store() {
        return store;
    }

    public CorpusView view() {
        return corpus.view();
    }

    public Corpus corpus() {
        return corpus;
    }

    /**
     * Records a user decision about entities (merge, split, rename, variant) and rebuilds the corpus so that it
     * applies now and to every later document, including re-ingested ones.
     *
     * @throws IllegalArgumentException when the decision names an entity that does not exist
     * @throws IllegalStateException    when the engine has no store to keep the decision in
     */
    public synchronized void decide(Decision decision) throws IOException {
        if (store.isEmpty()) {
            throw new IllegalStateException("decisions need a store");
        }
        for (String entity : decision.entities()) {
            if (corpus.linker().entity(entity).isEmpty()) {
                throw new IllegalArgumentException("no entity " + entity + " (see 'parallax entities')");
            }
        }
        String id = String.format("%013d-%s", System.currentTimeMillis(), Integer.toHexString(decision.hashCode()));
        store.get().commit(Store.Batch.ofRecords(List.of(new StoredRecord(DECISIONS, id,
                Json.mapper().writeValueAsString(decision)))));
        corpus = rebuild();
    }

    /** Receives each input's outcome as it is settled, for progress display. */
    @FunctionalInterface
    public interface Listener {
        void settled(String id, JournalEntry.Outcome outcome);
    }

    /** The result of the pure stages for one input. */
    private record Outcome(RawDocument raw, AnalyzedDocument analyzed, String hash, Problem problem) {
    }

    /** Opens the source of an ingest run, given the ids it must skip because an earlier run settled them. */
    @FunctionalInterface
    public interface Sources {
        Source open(java.util.function.Predicate<String> skip) throws IOException;
    }

    /**
     * Reads every document of a source into the corpus (and the store). Bad inputs become problems in the report;
     * the run continues.
     *
     * @throws IOException when the store cannot commit; documents of earlier batches stay stored
     */
    public synchronized IngestReport ingest(Sources sources, Listener listener) throws IOException {
        long started = System.nanoTime();
        Run run = new Run(listener);
        ExecutorService pool = Executors.newFixedThreadPool(pipeline.config().threads(), daemonThreads());
        try (Source source = sources.open(id -> run.skip(id))) {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            source.read(raw -> {
                window.add(pool.submit(() -> process(raw)));
                while (window.size() > 2 * pipeline.config().threads()) {
                    run.settle(await(window.poll()));
                }
            }, run::problem);
            while (!window.isEmpty()) {
                run.settle(await(window.poll()));
            }
            run.commit();
        } catch (UncheckedIOException e) {
            // the corpus holds documents the store refused: go back to what is stored
            corpus = rebuild();
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(run.stored, run.duplicates, run.skipped, run.problems,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** True when an earlier run stored the input or found it a duplicate; problems are retried. */
    private boolean done(String id) {
        try {
            return store.isPresent() && store.get().journal(id)
                    .filter(j -> j.outcome() != JournalEntry.Outcome.PROBLEM).isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome process(RawDocument raw) {
        try {
            // when it arrived, kept with the document so that a replay reproduces first/last-seen times
            Document doc = pipeline.extract(raw).withMetadata("ingested", raw.fetched().toString());
            return new Outcome(raw, pipeline.analyze(doc), ContentHash.of(doc.text()), null);
        } catch (ExtractionException e) {
            return new Outcome(raw, null, null, new Problem(raw.location(), "extract", e.getMessage()));
        } catch (RuntimeException e) {
            // a bug in a stage must cost one document, not the run: record it and go on
            return new Outcome(raw, null, null, new Problem(raw.location(), "analyze",
                    "internal error: " + e + " (please report it)"));
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "parallax-analyze");
            t.setDaemon(true);
            return t;
        };
    }

    /** The in-order, single-threaded part of one ingest run. */
    private final class Run {
        final Listener listener;
        final List<AnalyzedDocument> batch = new ArrayList<>();
        final List<JournalEntry> journal = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        int stored;
        int duplicates;
        int skipped;

        Run(Listener listener) {
            this.listener = listener;
        }

        boolean skip(String id) {
            boolean done = done(id);
            if (done) {
                skipped++;
            }
            return done;
        }

        /** A problem the source met before there was a document (missing file, unreadable archive). */
        void problem(Problem p) {
            problems.add(p);
            listener.settled(p.source(), JournalEntry.Outcome.PROBLEM);
        }

        void settle(Outcome o) {
            if (o.problem() != null) {
                failed(o);
                return;
            }
            Verdict verdict = corpus.contains(o.analyzed().id())
                    ? new Verdict(Verdict.Kind.DUPLICATE, o.analyzed().id(), 1.0, "an article with this id is stored")
                    : noteDuplicate(o.analyzed().document());
            if (verdict.kind() == Verdict.Kind.DUPLICATE) {
                duplicate(o, verdict);
            } else {
                keep(o);
            }
        }

        private void failed(Outcome o) {
            problems.add(o.problem());
            journal.add(new JournalEntry(o.raw().id(), "", "", JournalEntry.Outcome.PROBLEM, o.problem().message()));
            listener.settled(o.raw().id(), JournalEntry.Outcome.PROBLEM);
        }

        private void duplicate(Outcome o, Verdict verdict) {
            duplicates++;
            String why = "duplicate of " + verdict.of() + (verdict.reason() == null ? "" : " (" + verdict.reason() + ")");
            journal.add(new JournalEntry(o.raw().id(), o.hash(), verdict.of(), JournalEntry.Outcome.DUPLICATE, why));
            listener.settled(o.raw().id(), JournalEntry.Outcome.DUPLICATE);
        }

        private void keep(Outcome o) {
            corpus.add(o.analyzed());
            batch.add(o.analyzed());
            journal.add(new JournalEntry(o.raw().id(), o.hash(), o.analyzed().id(), JournalEntry.Outcome.STORED, null));
            stored++;
            listener.settled(o.raw().id(), JournalEntry.Outcome.STORED);
            if (batch.size() >= BATCH) {
                commit();
            }
        }

        void commit() {
            if (store.isPresent()) {
                try {
                    store.get().commit(new Store.Batch(batch, journal, List.of()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            batch.clear();
            journal.clear();
        }
    }

    @Override
    public void close() throws IOException {
        if (store.isPresent()) {
            store.get().close();
        }
    }
}
