package io.parallax.bench.fallback;

import io.parallax.model.EntityType;
import io.parallax.model.Sentence;
import io.parallax.model.Span;
import io.parallax.model.Token;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;
import io.parallax.ner.fallback.Candidate;
import io.parallax.ner.fallback.Evidence;
import io.parallax.ner.fallback.FallbackNameFinder;
import io.parallax.pack.LanguagePack;
import io.parallax.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document's lines analysed by a language pack (sentences never cross lines), and the names a finder gives
 * them, as character spans within lines.
 */
final class LineAnalysis {

    /** A name in line {@code line}, characters {@code [start, end)} of that line. */
    record Found(int line, int start, int end, EntityType type, Evidence evidence) {
    }

    /** A token of a line, with its offsets in the line. */
    record LineToken(String text, int start, int end) {
    }

    final List<String> lines;
    final List<Sentence> sentences;
    private final int[] lineStarts;

    LineAnalysis(LanguagePack pack, List<String> lines) {
        this.lines = List.copyOf(lines);
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        lineStarts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i] = text.length();
            paragraphs.add(new Span(text.length(), text.length() + lines.get(i).length()));
            text.append(lines.get(i)).append('\n');
        }
        this.sentences = new TextAnalyzer(pack.sentenceSplitter(), pack.tokenizer(), Optional.empty())
                .analyze(text.toString(), paragraphs);
    }

    /** The line a document offset is in. */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The tokens of each line. */
    List<List<LineToken>> tokensByLine() {
        List<List<LineToken>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                int line = lineOf(t.start());
                out.get(line).add(new LineToken(t.text(), t.start() - lineStarts[line], t.end() - lineStarts[line]));
            }
        }
        return out;
    }

    /** The names a finder gives the whole document (with document context), with the fallback's evidence. */
    List<Found> names(NameFinder finder) {
        List<String[]> tokens = sentences.stream().map(Sentence::tokenTexts).toList();
        List<Found> out = new ArrayList<>();
        if (finder instanceof FallbackNameFinder f) {
            List<List<Candidate>> found = f.explain(tokens);
            for (int k = 0; k < sentences.size(); k++) {
                for (Candidate c : found.get(k)) {
                    out.add(found(sentences.get(k), c.span(), c.evidence()));
                }
            }
            return out;
        }
        List<List<NameSpan>> found = finder.findAll(tokens);
        for (int k = 0; k < sentences.size(); k++) {
            for (NameSpan n : found.get(k)) {
                out.add(found(sentences.get(k), n, null));
            }
        }
        return out;
    }

    private Found found(Sentence s, NameSpan n, Evidence evidence) {
        int start = s.tokens().get(n.start()).start();
        int end = s.tokens().get(n.end() - 1).end();
        int line = lineOf(start);
        return new Found(line, start - lineStarts[line], end - lineStarts[line], n.type(), evidence);
    }
}
