package io.parallax.ner;

import io.parallax.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first pass said about the same word elsewhere in the document, as one small code per token, for the
 * second stage's features. A name is often written in full once and then shortened, or appears once in a
 * position that hides its type; the other mentions settle it (Ratinov and Roth's context aggregation). Stateless.
 */
final class DocumentEvidence {

    private static final int TYPES = EntityType.values().length;

    private DocumentEvidence() {
    }

    /**
     * @param sentences token views of each sentence of one document
     * @param labels    first-pass labels of each sentence
     * @return per sentence and token: the token's own first-pass label; when the word occurs elsewhere, the other
     *         occurrences' majority type (or O), how many there are, and which types they had; and the types of
     *         longer names that hold the word elsewhere
     */
    static int[][] compute(List<TokenForms[]> sentences, List<int[]> labels) {
        Map<String, int[]> counts = new HashMap<>();
        forEachWord(sentences, (word, s, i) -> tally(counts, word, labels.get(s)[i], 1));
        Map<String, int[]> inLongNames = new HashMap<>();
        forEachWord(sentences, (word, s, i) -> {
            if (inLongName(labels.get(s), i)) {
                tally(inLongNames, word, labels.get(s)[i], 1);
            }
        });
        int[][] out = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            out[s] = new int[sentences.get(s).length];
        }
        forEachWord(sentences, (word, s, i) -> {
            int label = labels.get(s)[i];
            int[] c = counts.get(word).clone();
            c[slot(label)]--;
            int[] l = inLongNames.getOrDefault(word, new int[TYPES + 1]).clone();
            if (inLongName(labels.get(s), i)) {
                l[slot(label)]--;
            }
            out[s][i] = code(c) | mask(l) << 16;
        });
        for (int s = 0; s < out.length; s++) {
            for (int i = 0; i < out[s].length; i++) {
                out[s][i] |= (1 + labels.get(s)[i]) << 10;
            }
        }
        return out;
    }

    /** The majority-and-count part of a code (bits 0–4). */
    static int summary(int code) {
        return code & 0x1F;
    }

    /** The seen-types part of a code (bits 5–9). */
    static int seen(int code) {
        return code >>> 5 & 0x1F;
    }

    /** The first pass's own label of the token (bits 10–15). */
    static int own(int code) {
        return (code >>> 10 & 0x3F) - 1;
    }

    /** The types of names of two or more tokens that hold the same word elsewhere (bits 16–20). */
    static int inLongNames(int code) {
        return code >>> 16;
    }

    /** True when token i is part of a name of two or more tokens (B, I or L). */
    private static boolean inLongName(int[] labels, int i) {
        int p = Labels.position(labels[i]);
        return p == Labels.B || p == Labels.I || p == Labels.L;
    }

    private static int mask(int[] c) {
        int m = 0;
        for (int k = 0; k < TYPES; k++) {
            m |= c[k] > 0 ? 1 << k : 0;
        }
        return m;
    }

    private static int code(int[] c) {
        int total = 0;
        int best = -1;
        int seen = 0;
        for (int k = 0; k <= TYPES; k++) {
            total += c[k];
            if (c[k] > 0) {
                seen |= 1 << k;
                best = best < 0 || c[k] > c[best] ? k : best;
            }
        }
        if (total == 0) {
            return 0;
        }
        int bucket = total == 1 ? 0 : total <= 3 ? 1 : 2;
        return (1 + best + (TYPES + 1) * bucket) | seen << 5;
    }

    private static void tally(Map<String, int[]> counts, String word, int label, int delta) {
        counts.computeIfAbsent(word, w -> new int[TYPES + 1])[slot(label)] += delta;
    }

    /** 0–3 for the entity types, 4 for O. */
    private static int slot(int label) {
        EntityType t = Labels.type(label);
        return t == null ? TYPES : t.ordinal();
    }

    /** Visits the words that can be names: tokens with a capital letter. */
    private static void forEachWord(List<TokenForms[]> sentences, WordVisitor v) {
        for (int s = 0; s < sentences.size(); s++) {
            TokenForms[] f = sentences.get(s);
            for (int i = 0; i < f.length; i++) {
                if (f[i].capitalised()) {
                    v.visit(f[i].head != null ? f[i].head : f[i].lower, s, i);
                }
            }
        }
    }

    @FunctionalInterface
    private interface WordVisitor {
        void visit(String word, int sentence, int token);
    }
}
