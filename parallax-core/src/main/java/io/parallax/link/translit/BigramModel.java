package io.parallax.link.translit;


/**
 * A Witten-Bell smoothed n-gram model (order 2 or 3) over integer symbols, backed off to an add-one unigram model.
 * Symbol 0 is the sentence boundary; symbols must be below 2^21. Built by {@link Builder}; immutable and
 * thread-safe afterwards.
 */
final class BigramModel {

    static final int BOUNDARY = 0;

    private final int[] unigram;
    private final long total;
    private final int vocabulary;
    private final int[] contextTotal;
    private final int[] contextTypes;
    private final LongIntMap bigram;
    private final LongIntMap trigram;
    private final LongIntMap trigramContextTotal = new LongIntMap(1024);
    private final LongIntMap trigramContextTypes = new LongIntMap(1024);

    BigramModel(int[] unigram, int[] contextTotal, int[] contextTypes, LongIntMap bigram, LongIntMap trigram) {
        this.trigram = trigram;
        if (trigram != null) {
            trigram.forEachSorted((count, key) -> {
                trigramContextTotal.add(key >>> 21, count);
                trigramContextTypes.add(key >>> 21, 1);
            });
        }
        this.unigram = unigram.clone();
        this.contextTotal = contextTotal.clone();
        this.contextTypes = contextTypes.clone();
        this.bigram = bigram;
        long t = 0;
        int v = 0;
        for (int c : unigram) {
            t += c;
            v += c > 0 ? 1 : 0;
        }
        this.total = t;
        this.vocabulary = v;
    }

    /** log P(symbol) with add-one smoothing; unknown symbols (negative, or beyond the table) get one count. */
    double logUnigram(int symbol) {
        int c = symbol >= 0 && symbol < unigram.length ? unigram[symbol] : 0;
        return Math.log((c + 1.0) / (total + vocabulary + 1.0));
    }

    /** log P(symbol | previous). */
    double log(int previous, int symbol) {
        double uni = Math.exp(logUnigram(symbol));
        if (previous < 0 || previous >= contextTotal.length || contextTotal[previous] == 0) {
            return Math.log(uni);
        }
        int c = symbol < 0 ? 0 : bigram.get(key(previous, symbol), 0);
        int n = contextTotal[previous];
        int t = contextTypes[previous];
        return Math.log((c + t * uni) / (n + t));
    }

    /** log P(symbol | previous two), or the bigram estimate when the model has no trigrams or context. */
    double log(int previous2, int previous, int symbol) {
        if (trigram == null || previous2 < 0 || previous < 0) {
            return log(previous, symbol);
        }
        long context = pack(previous2, previous);
        int n = trigramContextTotal.get(context, 0);
        if (n == 0) {
            return log(previous, symbol);
        }
        double lower = Math.exp(log(previous, symbol));
        int c = symbol < 0 ? 0 : trigram.get((context << 21) | symbol, 0);
        int t = trigramContextTypes.get(context, 0);
        return Math.log((c + t * lower) / (n + t));
    }

    static long pack(int a, int b) {
        return ((long) a << 21) | b;
    }

    boolean hasTrigrams() {
        return trigram != null;
    }

    /** The trigram counts as (key, count) pairs in key order, or empty arrays. */
    long[][] trigramCounts() {
        return trigram == null ? new long[][]{new long[0], new long[0]} : pairs(trigram);
    }

    /** True when the symbol was seen in training. */
    boolean known(int symbol) {
        return symbol >= 0 && symbol < unigram.length && unigram[symbol] > 0;
    }

    static long key(int previous, int symbol) {
        return ((long) previous << 32) | (symbol & 0xffffffffL);
    }

    int[] unigramCounts() {
        return unigram.clone();
    }

    /** The bigram counts as (key, count) pairs in key order. */
    long[][] bigramCounts() {
        return pairs(bigram);
    }

    private static long[][] pairs(LongIntMap map) {
        long[] k = new long[map.size()];
        long[] v = new long[map.size()];
        int[] at = {0};
        map.forEachSorted((count, key) -> {
            k[at[0]] = key;
            v[at[0]++] = count;
        });
        return new long[][]{k, v};
    }

    /** Counts sequences, then builds the model. Not thread-safe. */
    static final class Builder {
        private final LongIntMap bigram = new LongIntMap(1024);
        private int[] unigram = new int[16];
        private int size = 1;
        private final LongIntMap trigram;

        /** A builder for a model of the given order (2 or 3). */
        Builder(int order) {
            if (order != 2 && order != 3) {
                throw new IllegalArgumentException("order must be 2 or 3: " + order);
            }
            trigram = order == 3 ? new LongIntMap(1024) : null;
        }

        /** Adds one sequence; boundaries are added around it. */
        void add(int[] symbols) {
            int prev2 = -1;
            int prev = BOUNDARY;
            count(BOUNDARY);
            for (int s : symbols) {
                count(s);
                bigram.add(key(prev, s), 1);
                trigram(prev2, prev, s);
                prev2 = prev;
                prev = s;
            }
            bigram.add(key(prev, BOUNDARY), 1);
            trigram(prev2, prev, BOUNDARY);
        }

        private void trigram(int a, int b, int s) {
            if (trigram != null && a >= 0) {
                trigram.add((pack(a, b) << 21) | s, 1);
            }
        }

        private void count(int s) {
            if (s >= unigram.length) {
                unigram = java.util.Arrays.copyOf(unigram, Math.max(s + 1, unigram.length * 2));
            }
            unigram[s]++;
            size = Math.max(size, s + 1);
        }

        BigramModel build() {
            return fromCounts(java.util.Arrays.copyOf(unigram, size), bigram, trigram);
        }
    }

    /** A model from raw counts (as read back from a model file). */
    static BigramModel fromCounts(int[] unigram, LongIntMap bigram, LongIntMap trigram) {
        int[] totals = new int[unigram.length];
        int[] types = new int[unigram.length];
        bigram.forEachSorted((count, key) -> {
            int prev = (int) (key >>> 32);
            if (prev < 0 || prev >= totals.length) {
                throw new IllegalStateException("bigram context " + prev + " beyond the vocabulary");
            }
            totals[prev] += count;
            types[prev]++;
        });
        return new BigramModel(unigram, totals, types, bigram, trigram);
    }
}
