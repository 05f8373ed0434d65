package io.parallax.text.pos;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A lemmatiser learned from a treebank: a lexicon of the training words ((form, UPOS) → lemma, then (lower-cased
 * form, UPOS), then the lower-cased form with any tag) and, for unknown words, suffix rules: for each UPOS and each
 * word ending of up to {@link #MAX_SUFFIX} letters, the most frequent edit ("strip k letters, append s") seen in
 * training; the longest matching ending wins. Common words are lower-cased first; proper nouns keep their case;
 * punctuation, numbers and symbols are their own lemma.
 *
 * <p>Immutable and thread-safe.
 */
public final class LemmaModel {

    static final int MAGIC = 0x50584C4D; // "PXLM"
    static final int MAX_SUFFIX = 7;
    private static final Set<String> VERBATIM = Set.of("PUNCT", "NUM", "SYM", "X");

    private final Map<String, String> lexicon;
    private final Map<String, String> rules;

    /**
     * @param lexicon keys {@code form \t upos}, {@code lower \t upos} and {@code lower \t *}
     * @param rules   keys {@code upos \t ending}, values {@code k|suffix}
     */
    LemmaModel(Map<String, String> lexicon, Map<String, String> rules) {
        this.lexicon = Map.copyOf(lexicon);
        this.rules = Map.copyOf(rules);
    }

    /** The lemma of a word with its tag. Never {@code null}. */
    public String lemma(String form, String upos) {
        String tag = upos == null ? "X" : upos;
        String known = lexicon.get(form + "\t" + tag);
        if (known == null) {
            known = lexicon.get(lower(form) + "\t" + tag);
        }
        if (known != null) {
            return known;
        }
        if (VERBATIM.contains(tag)) {
            return form;
        }
        String any = lexicon.get(lower(form) + "\t*");
        if (any != null) {
            return any;
        }
        return applyRule(key(form, tag), tag);
    }

    private String applyRule(String word, String tag) {
        for (int k = Math.min(MAX_SUFFIX, word.length()); k >= 0; k--) {
            String rule = rules.get(tag + "\t" + word.substring(word.length() - k));
            if (rule != null) {
                int bar = rule.indexOf('|');
                int strip = Integer.parseInt(rule.substring(0, bar));
                if (strip <= word.length()) {
                    return word.substring(0, word.length() - strip) + rule.substring(bar + 1);
                }
            }
        }
        return word;
    }

    /** The form as rules see it: lower case except for proper nouns. */
    static String key(String form, String upos) {
        return "PROPN".equals(upos) ? form : lower(form);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public int lexiconSize() {
        return lexicon.size();
    }

    public int ruleCount() {
        return rules.size();
    }

    /** Writes the model, gzip-compressed. Does not close the stream. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gzip);
        d.writeInt(MAGIC);
        writeMap(d, lexicon);
        writeMap(d, rules);
        d.flush();
        gzip.finish();
    }

    private static void writeMap(DataOutputStream d, Map<String, String> map) throws IOException {
        d.writeInt(map.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(map).entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
    }

    /** Reads a model written by {@link #write}; {@link IOException} for anything else. */
    public static LemmaModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        try {
            if (d.readInt() != MAGIC) {
                throw new IOException("not a Parallax lemma model (bad magic number)");
            }
            return new LemmaModel(readMap(d), readMap(d));
        } catch (EOFException e) {
            throw new IOException("lemma model file is truncated", e);
        }
    }

    private static Map<String, String> readMap(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0) {
            throw new IOException("invalid lemma model: negative size");
        }
        Map<String, String> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(d.readUTF(), d.readUTF());
        }
        return map;
    }
}
