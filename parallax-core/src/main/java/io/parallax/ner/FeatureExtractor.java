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

    private static final long BOUNDARY = Hash64.of("<S>");
    private static final int[] CLUSTER_BITS = {4, 6, 10, 20};
    private static final int[] NEAR_CLUSTER_BITS = {4, 10};

    private static final int MAX_PREFIX = 4;
    private static final int MAX_SUFFIX = 5;


    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private final CaseLexicon cases;
    private final DictionaryWords dictionary;

    FeatureExtractor(Lexicons lexicons) {
        this.clusters = lexicons.clusters();
        this.gazetteer = lexicons.gazetteer();
        this.cases = lexicons.cases();
        this.dictionary = lexicons.dictionary();
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
        int n = forms.length;
        long[] clusterPaths = clusterPaths(forms);
        int[] gaz = GazetteerMarks.mark(gazetteer, forms);
        boolean capsSentence = capsSentence(forms);
        for (int i = 0; i < n; i++) {
            lexical(forms, i, sink);
            shapes(forms, i, sink);
            clusterFeatures(forms, clusterPaths, i, sink);
            gazetteerFeatures(forms, gaz, i, sink);
            position(forms, i, capsSentence, sink);
            capitalisation(forms, i, capsSentence, sink);
            dictionaryFeatures(forms, i, capsSentence, sink);
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

    private static void lexical(TokenForms[] f, int i, FeatureSink sink) {
        TokenForms t = f[i];
        sink.add(i, key(BIAS, 0));
        sink.add(i, key(WORD, t.hLower));
        sink.add(i, key(CASED, t.hNorm));
        for (int d = -2; d <= 2; d++) {
            if (d != 0) {
                sink.add(i, key(WORD_AT, d, lower(f, i + d)));
            }
        }
        sink.add(i, key(BIGRAM_LEFT, lower(f, i - 1), t.hLower));
        sink.add(i, key(BIGRAM_RIGHT, t.hLower, lower(f, i + 1)));
        sink.add(i, key(WORD_SKIP, lower(f, i - 1), lower(f, i + 1)));
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

    private static void shapes(TokenForms[] f, int i, FeatureSink sink) {
        long s0 = f[i].hShape;
        long sl = shape(f, i - 1);
        long sr = shape(f, i + 1);
        sink.add(i, key(SHAPE_AT, 0, s0));
        sink.add(i, key(SHAPE_AT, -1, sl));
        sink.add(i, key(SHAPE_AT, 1, sr));
        sink.add(i, key(SHAPE_TRIGRAM, sl, s0, sr));
        sink.add(i, key(SHAPE_WORD_LEFT, s0, lower(f, i - 1)));
        sink.add(i, key(SHAPE_WORD_RIGHT, s0, lower(f, i + 1)));
    }

    private void clusterFeatures(TokenForms[] f, long[] paths, int i, FeatureSink sink) {
        if (clusters.size() == 0) {
            return;
        }
        for (int bits : CLUSTER_BITS) {
            sink.add(i, key(CLUSTER_AT, 0, bits, WordClusters.prefix(paths[i], bits)));
        }
        for (int d : new int[]{-2, -1, 1, 2}) {
            long p = i + d < 0 || i + d >= f.length ? -1 : paths[i + d];
            for (int bits : NEAR_CLUSTER_BITS) {
                sink.add(i, key(CLUSTER_AT, d, bits, p < 0 ? p : WordClusters.prefix(p, bits)));
            }
        }
        String alt = f[i].head != null ? f[i].head : f[i].genitiveStem;
        if (alt != null) {
            long p = clusters.path(alt);
            for (int bits : NEAR_CLUSTER_BITS) {
                sink.add(i, key(HEAD_CLUSTER, bits, WordClusters.prefix(p, bits)));
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
        String alt = f[i].head != null ? f[i].head : f[i].genitiveStem;
        if (alt != null) {
            int mask = gazetteer.lookup(Gazetteer.key(alt));
            if (mask != 0) {
                sink.add(i, key(HEAD_GAZ, mask, cap));
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
    private void capitalisation(TokenForms[] f, int i, boolean capsSentence, FeatureSink sink) {
        if (cases.size() == 0 || !f[i].is(TokenForms.HAS_LETTER)) {
            return;
        }
        String w = f[i].head != null ? f[i].head : f[i].lower;
        long bucket = cases.bucket(w);
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

    private long[] clusterPaths(TokenForms[] f) {
        long[] p = new long[f.length];
        if (clusters.size() > 0) {
            for (int i = 0; i < f.length; i++) {
                p[i] = clusters.path(f[i].norm);
            }
        }
        return p;
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
