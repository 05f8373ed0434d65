package io.parallax.pack.sv;

import io.parallax.model.Span;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule-based Swedish sentence splitter over the tokens of {@link SwedishTokenizer}. A sentence ends at
 * {@code . ! ? …} (with any closing quotation marks or brackets after it) when the next token starts a sentence:
 * an upper-case letter, a digit, an opening quotation mark or a dialogue dash. Abbreviations are single tokens, so
 * their periods never end a sentence, except those that often do ({@code osv.}, {@code m.m.}) before an upper-case
 * word. An initial ({@code A. Lindh}) does not end a sentence.
 *
 * <p>Immutable and thread-safe.
 */
public final class SwedishSentenceSplitter implements SentenceSplitter {

    private final Tokenizer tokenizer;

    public SwedishSentenceSplitter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public List<Span> split(String text) {
        List<Span> tokens = tokenizer.tokenize(text);
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (start < 0) {
                start = tokens.get(i).start();
            }
            if (endsSentence(text, tokens, i)) {
                int last = closingRun(text, tokens, i);
                out.add(new Span(start, tokens.get(last).end()));
                i = last;
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new Span(start, tokens.get(tokens.size() - 1).end()));
        }
        return out;
    }

    private static boolean endsSentence(String text, List<Span> tokens, int i) {
        String tok = tokens.get(i).of(text);
        boolean terminal = tok.equals("!") || tok.equals("?") || tok.equals("…") || tok.startsWith("..")
                || tok.equals(".") && !isInitial(text, tokens, i);
        boolean finalAbbreviation = SwedishTokenizer.SENTENCE_FINAL_ABBREVIATIONS.contains(tok.toLowerCase(Locale.ROOT));
        if (!terminal && !finalAbbreviation) {
            return false;
        }
        int next = closingRun(text, tokens, i) + 1;
        if (next >= tokens.size()) {
            return true;
        }
        String following = tokens.get(next).of(text);
        return finalAbbreviation ? Character.isUpperCase(following.codePointAt(0)) : startsSentence(following);
    }

    /** Index of the last closing quotation mark or bracket right after token {@code i} (or {@code i}). */
    private static int closingRun(String text, List<Span> tokens, int i) {
        int j = i;
        while (j + 1 < tokens.size() && isCloser(tokens.get(j + 1).of(text)) && tokens.get(j + 1).start() == tokens.get(j).end()) {
            j++;
        }
        return j;
    }

    private static boolean isCloser(String tok) {
        return tok.length() == 1 && "\"'”’»)]".indexOf(tok.charAt(0)) >= 0 || tok.equals("!") || tok.equals("?");
    }

    private static boolean startsSentence(String tok) {
        int c = tok.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)
                || "\"'”“„«»–—-(".indexOf(c) >= 0;
    }

    private static boolean isInitial(String text, List<Span> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Span prev = tokens.get(i - 1);
        String p = prev.of(text);
        return prev.end() == tokens.get(i).start() && p.length() == 1 && Character.isUpperCase(p.charAt(0));
    }
}
