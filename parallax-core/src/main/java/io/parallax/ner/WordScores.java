package io.parallax.ner;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * A bounded cache of what each word contributes to the scores of the tokens around it. Most features depend on
 * one word alone: its form, affixes, shape and clusters as the token itself, and its form, shape and clusters as a
 * neighbour up to {@link FeatureExtractor#REACH} tokens away ({@link FeatureExtractor#own}). For every stage of the
 * model, their weights are summed once per word into one row per distance, so that scoring a token reads five
 * rows of a few recently used words instead of probing the weight table for some thirty keys. Words follow Zipf's
 * law: in news text a few thousand of them make up most tokens.
 *
 * <p>The words of the model's cluster vocabulary, which make up most tokens of news text, are scored once per
 * model and shared by every finder ({@link NerModel#vocabularyScores}), and so are, up to {@link #SHARED_EXTRA}
 * of them, the words that a second test names (a model with clusters of pretrained vectors names the words those
 * know: far more than any one text holds, hence the limit); other words go to this finder's bounded cache. When
 * that holds {@code capacity} words it is emptied and fills again with the words in use, which bounds its memory
 * and follows changes of topic.
 *
 * <p>The sums equal those of probing each key, up to the order in which floats are added. Thread-safe: entries
 * are immutable, and the shared map and the cache are both concurrent: entries go in with {@code putIfAbsent} (an
 * entry computed twice is equal), and the cache is emptied as a whole when full.
 */
final class WordScores {

    /** The most words outside the vocabulary that the shared map takes (about 1.7 kB each for English). */
    static final int SHARED_EXTRA = 15_000;

    private static final int N = Labels.COUNT;
    private static final int REACH = FeatureExtractor.REACH;
    private static final int ROWS = 2 * REACH + 1;

    static {
        // add reads the five rows of distances -2 .. 2 by name
        if (REACH != 2) {
            throw new ExceptionInInitializerError("WordScores.add is written for a reach of 2, not " + REACH);
        }
    }

    /**
     * One word: its token views, cluster path, case bucket and gazetteer start ({@link GazetteerMarks#start}), and
     * for each stage its rows, {@code [(d + REACH) * COUNT + label]} for the token {@code d} positions away from
     * this word's token seeing it.
     */
    record Entry(TokenForms forms, long path, int caseBucket, long gazetteerStart, float[][] rows) {
    }

    private final FeatureExtractor features;
    private final StackedWeights weights;
    private final int capacity;
    /** Words whose scores go to {@link #shared}. */
    private final Set<String> vocabulary;
    /** Other words whose scores go to {@link #shared} while it has room. */
    private final Predicate<String> alsoShared;
    private final int sharedLimit;
    /** Scores of vocabulary words, shared by every finder of the model; never evicted. */
    private final ConcurrentMap<String, Entry> shared;
    private final ConcurrentHashMap<String, Entry> words;
    /** For each stage, the rows of the sentence boundary as a neighbour (the row of distance 0 stays zero). */
    private final float[][] boundary;

    /**
     * @param weights  the model's stages
     * @param vocabulary words whose scores are kept in {@code shared}, however many finders meet them
     * @param shared     their scores, made by finders with the same features and weights
     * @param capacity   the most other words kept at once (at least 1)
     */
    WordScores(FeatureExtractor features, StackedWeights weights, Set<String> vocabulary,
               ConcurrentMap<String, Entry> shared, int capacity) {
        this(features, weights, vocabulary, word -> false, shared, capacity);
    }

    /**
     * @param alsoShared words outside {@code vocabulary} whose scores also go to {@code shared}, until it holds
     *                   {@link #SHARED_EXTRA} more words than the vocabulary; it is given the lower-cased form
     *                   that the features read ({@link TokenForms#lower})
     */
    WordScores(FeatureExtractor features, StackedWeights weights, Set<String> vocabulary,
               Predicate<String> alsoShared, ConcurrentMap<String, Entry> shared, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.features = features;
        this.weights = weights;
        this.capacity = capacity;
        this.vocabulary = vocabulary;
        this.alsoShared = alsoShared;
        this.sharedLimit = vocabulary.size() + SHARED_EXTRA;
        this.shared = shared;
        this.words = new ConcurrentHashMap<>(Math.min(capacity, 1 << 12));
        this.boundary = boundaryRows();
    }

    /** The entries of a run of tokens ({@code null} tokens count as empty). */
    Entry[] entries(String[] tokens) {
        Entry[] out = new Entry[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = entry(tokens[i] == null ? "" : tokens[i]);
        }
        return out;
    }

    private Entry entry(String token) {
        // Features read only the first MAX_CHARS characters: a longer token shares its entry with its prefix, and
        // a pathological token does not pin a large string in the cache.
        String key = token.length() > TokenForms.MAX_CHARS ? token.substring(0, TokenForms.MAX_CHARS) : token;
        Entry e = shared.get(key);
        if (e == null) {
            e = words.get(key);
        }
        if (e == null) {
            e = compute(key);
            if (vocabulary.contains(key) || shared.size() < sharedLimit && alsoShared.test(e.forms().lower)) {
                shared.putIfAbsent(key, e);
            } else {
                if (words.size() >= capacity) {
                    words.clear();
                }
                words.putIfAbsent(key, e);
            }
        }
        return e;
    }

    private Entry compute(String token) {
        TokenForms t = new TokenForms(token);
        long path = features.clusterPath(t);
        FeatureKeys keys = new FeatureKeys(64);
        for (int d = -REACH; d <= REACH; d++) {
            features.own(t, path, d, d + REACH, keys);
        }
        return new Entry(t, path, features.caseBucket(t), features.gazetteerStart(t), rows(keys));
    }

    /** For each stage, the rows of the sentence boundary as a neighbour (the row of distance 0 is 0). */
    private float[][] boundaryRows() {
        FeatureKeys keys = new FeatureKeys(64);
        for (int d = -REACH; d <= REACH; d++) {
            if (d != 0) {
                features.own(null, -1, d, d + REACH, keys);
            }
        }
        return rows(keys);
    }

    /**
     * For each stage, the rows a word's keys sum to: row {@code d + REACH} holds the features a token sees of a
     * word {@code d} positions from it, which {@link #add} reads for the word at {@code i + d}.
     */
    private float[][] rows(FeatureKeys keys) {
        float[][] out = new float[weights.stages()][ROWS * N];
        keys.score(weights, out, 0, weights.stages(), new int[StackedWeights.SCRATCH]);
        return out;
    }

    /**
     * Adds, for every token of a run, the rows of the words within reach under stage {@code stage} to its
     * scores, {@code [token * COUNT + label]}.
     */
    void add(Entry[] run, int stage, float[] scores) {
        int n = run.length;
        float[] edge = boundary[stage];
        for (int i = 0; i < n; i++) {
            float[] a = i >= 2 ? run[i - 2].rows()[stage] : edge;
            float[] b = i >= 1 ? run[i - 1].rows()[stage] : edge;
            float[] c = run[i].rows()[stage];
            float[] d = i + 1 < n ? run[i + 1].rows()[stage] : edge;
            float[] e = i + 2 < n ? run[i + 2].rows()[stage] : edge;
            LabelKernels.BEST.addRows(scores, i * N, a, b, c, d, e);
        }
    }

    /** The context features' view of a run, from what the entries hold. */
    FeatureExtractor.View view(Entry[] run) {
        TokenForms[] forms = new TokenForms[run.length];
        long[] paths = new long[run.length];
        int[] buckets = new int[run.length];
        long[] starts = new long[run.length];
        for (int i = 0; i < run.length; i++) {
            forms[i] = run[i].forms();
            paths[i] = run[i].path();
            buckets[i] = run[i].caseBucket();
            starts[i] = run[i].gazetteerStart();
        }
        return features.view(forms, paths, buckets, starts);
    }

    /** Words cached now. */
    int size() {
        return words.size();
    }
}
