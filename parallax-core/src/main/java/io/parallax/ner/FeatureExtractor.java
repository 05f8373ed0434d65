package io.parallax.ner;

/**
 * Turns the tokens of one sentence into hashed feature keys: the words in a window of two, their shapes, prefixes
 * and suffixes, word clusters, gazetteer matches, the name part of clitic and compound tokens, and (for the second
 * stage) what the first stage said about the same word elsewhere in the document. Thread-safe: all state is per
 * call.
 */
final class FeatureExtractor {

    // Template ids are stored in model files through the keys: never renumber them.
    private static final int BIAS = 1;
    private static final int WORD = 2;
    private static final int CASED = 3;
    private static final int WORD_AT = 4;
    private static final int BIGRAM_LEFT = 5;
    private static final int BIGRAM_RIGHT = 6;
    private static final int PREFIX = 7;
    private static final int SUFFIX = 8;
    private static final int SHAPE_AT = 9;
    private static final int SHAPE_TRIGRAM = 10;
    private static final int SHAPE_WORD_LEFT = 11;
    private static final int SHAPE_WORD_RIGHT = 12;
    private static final int HEAD = 13;
    private static final int GENITIVE = 14;
    private static final int FIRST_SHAPE = 15;
    private static final int FIRST_WORD = 16;
    private static final int CAPS_SENTENCE = 17;
    private static final int CLUSTER_AT = 18;
    private static final int HEAD_CLUSTER = 19;
    private static final int GAZ = 20;
    private static final int GAZ_CAP = 21;
    private static final int GAZ_AT = 22;
    private static final int HEAD_GAZ = 23;
    private static final int DOC = 24;
    private static final int DOC_CAP = 25;
    private static final int WORD_SKIP = 26;
    private static final int CASE = 27;
    private static final int DOC_LONG = 28;
    private static final int DICT = 29;
    // 30-34 were unknown-compound-tail, wide-context, compound-head, dictionary-class-trigram and
    // known-compound-tail templates, tried and dropped (5-fold CV on Swedish #train no better, see the sv model
    // card): do not reuse them.
    private static final int EMBED_AT = 35;
    private static final int HEAD_EMBED = 36;
    // 37 was the embedding cluster with how the word is written, tried and not kept (see the en model card).
    private static final int VECTOR_AT = 38;
    private static final int HEAD_VECTOR = 39;

    private static final long BOUNDARY = Hash64.of("<S>");
    private static final int[] CLUSTER_BITS = {4, 6, 10, 20};
    private static final int[] NEAR_CLUSTER_BITS = {4, 10};
    /**
     * Embedding-cluster path prefixes: the trainer's ({@code EmbeddingClusterer}) 16, 64, 256 and 1024 clusters,
     * 10 bits per level.
     */
    private static final int[] EMBED_BITS = {10, 20, 30, 40};
    private static final int[] NEAR_EMBED_BITS = {20, 40};
    /** Bits per level of a tree of word vectors ({@code VectorTree}). */
    private static final int TREE_LEVEL_BITS = 10;

    private static final int MAX_PREFIX = 4;
    private static final int MAX_SUFFIX = 5;


    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private final CaseLexicon cases;
    private final DictionaryWords dictionary;
    private final WordClusters embeddings;
    private final WordClusters vectors;
    private final int[] embedBits;
    private final int[] vectorBits;

    FeatureExtractor(Lexicons lexicons) {
        this.embeddings = lexicons.embeddings();
        this.vectors = lexicons.vectors();
        this.clusters = lexicons.clusters();
        this.gazetteer = lexicons.gazetteer();
        this.cases = lexicons.cases();
        this.dictionary = lexicons.dictionary();
        this.embedBits = treeBits(embeddings);
        this.vectorBits = treeBits(vectors);
    }

    /**
     * The prefixes a tree's own-word features take: {@link #EMBED_BITS}, and one more per level of a tree deeper
     * than those (a tree of 4096 leaves), so that models with the usual trees keep their keys.
     */
    private static int[] treeBits(WordClusters tree) {
        int last = EMBED_BITS[EMBED_BITS.length - 1];
        int extra = Math.max(0, (tree.depth() - last + TREE_LEVEL_BITS - 1) / TREE_LEVEL_BITS);
        int[] bits = java.util.Arrays.copyOf(EMBED_BITS, EMBED_BITS.length + extra);
        for (int l = EMBED_BITS.length; l < bits.length; l++) {
            bits[l] = bits[l - 1] + TREE_LEVEL_BITS;
        }
        return bits;
    }

    /** Views of every token, computed once per sentence. */
    static TokenForms[] forms(String[] tokens) {
        TokenForms[] f = new TokenForms[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            f[i] = new TokenForms(tokens[i] == null ? "" : tokens[i]);
        }
        return f;
    }

    /**
     * Emits the keys of every token's features.
     *
     * @param evidence per-token document evidence from {@link DocumentEvidence}, or {@code null} for none
     */
    void extract(TokenForms[] forms, int[] evidence, FeatureSink sink) {
        extract(forms, sink);
        if (evidence != null) {
            extractDocument(forms, evidence, sink);
        }
    }

    /** Emits the keys of the sentence features (everything but document evidence). */
    void extract(TokenForms[] forms, FeatureSink sink) {
        View v = view(forms);
        int n = forms.length;
        for (int i = 0; i < n; i++) {
            for (int d = -REACH; d <= REACH; d++) {
                int j = i + d;
                boolean inside = j >= 0 && j < n;
                own(inside ? forms[j] : null, inside ? v.paths[j] : -1, d, i, sink);
            }
        }
        context(v, sink);
    }

    /** A case bucket meaning "no case feature": no case lexicon, or a token without letters. */
    static final int NO_CASE = -1;

    /** How far from a token the words whose own features it sees lie. */
    static final int REACH = 2;

    /**
     * The per-sentence facts that context features read: the tokens, their cluster paths and case buckets, the
     * gazetteer marks and whether the sentence is a headline in capitals.
     */
    record View(TokenForms[] forms, long[] paths, int[] caseBuckets, int[] gazetteerMarks, boolean capsSentence) {
    }

    /** A view that looks up every token's cluster path, case bucket and gazetteer start. */
    View view(TokenForms[] forms) {
        long[] paths = new long[forms.length];
        int[] buckets = new int[forms.length];
        long[] starts = new long[forms.length];
        for (int i = 0; i < forms.length; i++) {
            paths[i] = clusterPath(forms[i]);
            buckets[i] = caseBucket(forms[i]);
            starts[i] = gazetteerStart(forms[i]);
        }
        return view(forms, paths, buckets, starts);
    }

    /**
     * A view over what was already looked up for each word (by {@link #clusterPath}, {@link #caseBucket} and
     * {@link #gazetteerStart}).
     */
    View view(TokenForms[] forms, long[] paths, int[] caseBuckets, long[] gazetteerStarts) {
        return new View(forms, paths, caseBuckets, GazetteerMarks.mark(gazetteer, forms, gazetteerStarts),
                capsSentence(forms));
    }

    /** What the gazetteer finds for a phrase starting with this word, from the word alone. */
    long gazetteerStart(TokenForms t) {
        return GazetteerMarks.start(gazetteer, t);
    }

    long clusterPath(TokenForms t) {
        return clusters.size() == 0 ? 0 : clusters.path(t.norm);
    }

    /** The word's case-lexicon bucket, or {@link #NO_CASE} when the feature does not apply to it. */
    int caseBucket(TokenForms t) {
        return cases.size() == 0 || !t.is(TokenForms.HAS_LETTER) ? NO_CASE
                : cases.bucket(t.head != null ? t.head : t.lower);
    }

    /**
     * Emits, for the token at {@code at}, the keys of the features that depend on the word {@code d} positions
     * away and on nothing else: its form, affixes, shape, clusters and name part for {@code d == 0}; its form,
     * shape and clusters as a neighbour otherwise. Because they depend on one word alone, their weights can be
     * summed once per word ({@link WordScores}).
     *
     * @param t    the word, or {@code null} past either end of the sentence ({@code d != 0} only)
     * @param path the word's cluster path ({@link #clusterPath}), negative past the ends
     */
    void own(TokenForms t, long path, int d, int at, FeatureSink sink) {
        if (d == 0) {
            lexical(t, at, sink);
            sink.add(at, key(SHAPE_AT, 0, t.hShape));
            ownClusters(t, path, at, sink);
            ownTree(embeddings, embedBits, EMBED_AT, HEAD_EMBED, t, at, sink);
            ownTree(vectors, vectorBits, VECTOR_AT, HEAD_VECTOR, t, at, sink);
            headGazetteer(t, at, sink);
            return;
        }
        sink.add(at, key(WORD_AT, d, t == null ? BOUNDARY : t.hLower));
        if (d == -1 || d == 1) {
            sink.add(at, key(SHAPE_AT, d, t == null ? BOUNDARY : t.hShape));
        }
        if (clusters.size() > 0) {
            for (int bits : NEAR_CLUSTER_BITS) {
                sink.add(at, key(CLUSTER_AT, d, bits, path < 0 ? path : WordClusters.prefix(path, bits)));
            }
        }
        nearTree(embeddings, EMBED_AT, t, d, at, sink);
        nearTree(vectors, VECTOR_AT, t, d, at, sink);
    }

    /** A neighbour's clusters in a tree of word vectors (embedding or pretrained), at two granularities. */
    private static void nearTree(WordClusters tree, int template, TokenForms t, int d, int at, FeatureSink sink) {
        if (tree.size() > 0) {
            long e = t == null ? -1 : tree.pathOfHash(t.hLower);
            for (int bits : NEAR_EMBED_BITS) {
                sink.add(at, key(template, d, bits, e < 0 ? e : WordClusters.prefix(e, bits)));
            }
        }
    }

    /** Emits the keys of the features that depend on more than one word, for every token of the view. */
    void context(View v, FeatureSink sink) {
        TokenForms[] f = v.forms;
        for (int i = 0; i < f.length; i++) {
            long w = f[i].hLower;
            sink.add(i, key(BIGRAM_LEFT, lower(f, i - 1), w));
            sink.add(i, key(BIGRAM_RIGHT, w, lower(f, i + 1)));
            sink.add(i, key(WORD_SKIP, lower(f, i - 1), lower(f, i + 1)));
            shapes(f, i, sink);
            gazetteerFeatures(f, v.gazetteerMarks, i, sink);
            position(f, i, v.capsSentence, sink);
            capitalisation(f, v.caseBuckets[i], i, v.capsSentence, sink);
            dictionaryFeatures(f, i, v.capsSentence, sink);
        }
    }

    /**
     * Emits the keys of the second stage's features: what the first pass said about this word elsewhere in the
     * document, alone and with the token's own first-pass label, its neighbours' labels, its shape, and whether
     * the sentence is a headline in capitals (where capitalisation tells nothing).
     */
    void extractDocument(TokenForms[] forms, int[] evidence, FeatureSink sink) {
        long caps = capsSentence(forms) ? 1 : 0;
        for (int i = 0; i < forms.length; i++) {
            int code = evidence[i];
            long own = DocumentEvidence.own(code);
            long left = i > 0 ? DocumentEvidence.own(evidence[i - 1]) : -1;
            long right = i + 1 < forms.length ? DocumentEvidence.own(evidence[i + 1]) : -1;
            long summary = DocumentEvidence.summary(code);
            sink.add(i, key(DOC, own));
            sink.add(i, key(DOC, own, left, right));
            sink.add(i, key(DOC, own, forms[i].hShape));
            int longNames = DocumentEvidence.inLongNames(code);
            if (longNames != 0) {
                sink.add(i, key(DOC_LONG, longNames));
                sink.add(i, key(DOC_LONG, longNames, own));
            }
            if (summary != 0) {
                sink.add(i, key(DOC, summary));
                sink.add(i, key(DOC, -1, DocumentEvidence.seen(code)));
                sink.add(i, key(DOC_CAP, summary, forms[i].capitalised() ? 1 : 0, caps));
                sink.add(i, key(DOC_CAP, summary, own));
                sink.add(i, key(DOC_CAP, summary, own, caps));
            }
        }
    }

    private static void lexical(TokenForms t, int i, FeatureSink sink) {
        sink.add(i, key(BIAS, 0));
        sink.add(i, key(WORD, t.hLower));
        sink.add(i, key(CASED, t.hNorm));
        affixes(t.lower, i, sink);
        if (t.head != null) {
            sink.add(i, key(HEAD, Hash64.of(t.head)));
        }
        if (t.genitiveStem != null) {
            sink.add(i, key(GENITIVE, Hash64.of(t.genitiveStem)));
        }
    }

    private static void affixes(String w, int i, FeatureSink sink) {
        int n = w.length();
        for (int k = 1; k <= MAX_PREFIX && k < n; k++) {
            sink.add(i, key(PREFIX, k, Hash64.of(w, 0, k)));
        }
        for (int k = 1; k <= MAX_SUFFIX && k < n; k++) {
            sink.add(i, key(SUFFIX, k, Hash64.of(w, n - k, n)));
        }
    }

    /** The shape features that span neighbours (a token's own shape and its neighbours' are in {@link #own}). */
    private static void shapes(TokenForms[] f, int i, FeatureSink sink) {
        long s0 = f[i].hShape;
        sink.add(i, key(SHAPE_TRIGRAM, shape(f, i - 1), s0, shape(f, i + 1)));
        sink.add(i, key(SHAPE_WORD_LEFT, s0, lower(f, i - 1)));
        sink.add(i, key(SHAPE_WORD_RIGHT, s0, lower(f, i + 1)));
    }

    private void ownClusters(TokenForms t, long path, int i, FeatureSink sink) {
        if (clusters.size() == 0) {
            return;
        }
        for (int bits : CLUSTER_BITS) {
            sink.add(i, key(CLUSTER_AT, 0, bits, WordClusters.prefix(path, bits)));
        }
        String alt = t.namePart();
        if (alt != null) {
            long p = clusters.path(alt);
            for (int bits : NEAR_CLUSTER_BITS) {
                sink.add(i, key(HEAD_CLUSTER, bits, WordClusters.prefix(p, bits)));
            }
        }
    }

    /**
     * The word's clusters in a tree of word vectors (embedding or pretrained) at every granularity, and those of
     * its name part ({@code Putin's}).
     */
    private static void ownTree(WordClusters tree, int[] levels, int template, int headTemplate, TokenForms t, int i,
                                FeatureSink sink) {
        if (tree.size() == 0) {
            return;
        }
        long e = tree.pathOfHash(t.hLower);
        for (int bits : levels) {
            sink.add(i, key(template, 0, bits, WordClusters.prefix(e, bits)));
        }
        String alt = t.namePart();
        if (alt != null) {
            long p = tree.exactPath(alt);
            for (int bits : NEAR_EMBED_BITS) {
                sink.add(i, key(headTemplate, bits, WordClusters.prefix(p, bits)));
            }
        }
    }

    private void gazetteerFeatures(TokenForms[] f, int[] marks, int i, FeatureSink sink) {
        int m = marks[i];
        long cap = f[i].capitalised() ? 1 : 0;
        for (int bit = 0; m != 0; bit++, m >>>= 1) {
            if ((m & 1) != 0) {
                sink.add(i, key(GAZ, bit));
                sink.add(i, key(GAZ_CAP, bit, cap));
            }
        }
        for (int d = -1; d <= 1; d += 2) {
            if (i + d >= 0 && i + d < f.length) {
                int types = GazetteerMarks.categories(marks[i + d]);
                if (types != 0) {
                    sink.add(i, key(GAZ_AT, d, types));
                }
            }
        }
    }

    private void headGazetteer(TokenForms t, int i, FeatureSink sink) {
        String alt = t.namePart();
        if (alt != null) {
            int mask = gazetteer.lookup(Gazetteer.key(alt));
            if (mask != 0) {
                sink.add(i, key(HEAD_GAZ, mask, t.capitalised() ? 1 : 0));
            }
        }
    }

    private static void position(TokenForms[] f, int i, boolean capsSentence, FeatureSink sink) {
        if (i == 0) {
            sink.add(i, key(FIRST_SHAPE, f[i].hShape));
            sink.add(i, key(FIRST_WORD, f[i].hLower));
        }
        if (capsSentence) {
            sink.add(i, key(CAPS_SENTENCE, f[i].hShape));
            sink.add(i, key(CAPS_SENTENCE, 1, f[i].hLower));
        }
    }

    /** How often the word is capitalised in running text, with how it is written here and where. */
    private static void capitalisation(TokenForms[] f, int bucket, int i, boolean capsSentence, FeatureSink sink) {
        if (bucket == NO_CASE) {
            return;
        }
        long position = i == 0 || !f[i - 1].is(TokenForms.HAS_LETTER) && !f[i - 1].is(TokenForms.HAS_DIGIT) ? 1 : 0;
        sink.add(i, key(CASE, bucket, f[i].capitalised() ? 1 : 0, position | (capsSentence ? 2 : 0)));
    }

    /**
     * Whether the spelling dictionary has the word in lower case or capitalised, with how it is written here and
     * where; for a word it lacks, the class of its genitive stem ({@code Polisens}). Only with a dictionary, so
     * models without one keep their keys.
     */
    private void dictionaryFeatures(TokenForms[] f, int i, boolean capsSentence, FeatureSink sink) {
        TokenForms t = f[i];
        if (dictionary.size() == 0 || !t.is(TokenForms.HAS_LETTER)) {
            return;
        }
        int c = dictionary.classOf(t.hLower);
        long cap = t.capitalised() ? 1 : 0;
        long position = i == 0 || !f[i - 1].is(TokenForms.HAS_LETTER) && !f[i - 1].is(TokenForms.HAS_DIGIT) ? 1 : 0;
        sink.add(i, key(DICT, c, cap, position | (capsSentence ? 2 : 0)));
        if (c == 0 && t.genitiveStem != null) {
            int stem = dictionary.classOf(Hash64.of(t.genitiveStem));
            if (stem != 0) {
                sink.add(i, key(DICT, 4 + stem, cap));
            }
        }
    }

    /** True for headline-style sentences where every word with letters is in capitals. */
    private static boolean capsSentence(TokenForms[] f) {
        int letters = 0;
        for (TokenForms t : f) {
            if (t.is(TokenForms.HAS_LOWER)) {
                return false;
            }
            letters += t.is(TokenForms.HAS_LETTER) ? 1 : 0;
        }
        return letters > 1;
    }

    private static long lower(TokenForms[] f, int i) {
        return i < 0 || i >= f.length ? BOUNDARY : f[i].hLower;
    }

    private static long shape(TokenForms[] f, int i) {
        return i < 0 || i >= f.length ? BOUNDARY : f[i].hShape;
    }

    private static long key(int template, long a) {
        return Hash64.combine(template, a);
    }

    private static long key(int template, long a, long b) {
        return Hash64.combine(Hash64.combine(template, a), b);
    }

    private static long key(int template, long a, long b, long c) {
        return Hash64.combine(Hash64.combine(Hash64.combine(template, a), b), c);
    }
}
