package io.parallax.lang;

import io.parallax.model.LanguageGuess;
import io.parallax.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Languages of a document paragraph by paragraph, for mixed-language documents (a Swedish article quoting an
 * English statement, a bilingual press release). Each paragraph is identified on its own; a paragraph too short or
 * too uncertain to tell on its own (fewer than {@link #MIN_LETTERS} letters, or confidence below
 * {@link #MIN_CONFIDENCE}) takes the document's language instead. The document's language is the one with most
 * letters over the confident paragraphs.
 *
 * <p>Thread-safe when its identifier is (all Parallax identifiers are).
 */
public final class ParagraphLanguages {

    public static final int MIN_LETTERS = 12;
    public static final double MIN_CONFIDENCE = 0.5;

    private final LanguageIdentifier identifier;

    public ParagraphLanguages(LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
    }

    /**
     * @param text       the document text
     * @param paragraphs paragraph spans in {@code text}; when empty, the whole text is one paragraph
     */
    public Result identify(String text, List<Span> paragraphs) {
        List<Span> blocks = paragraphs.isEmpty() ? List.of(new Span(0, text.length())) : paragraphs;
        List<LanguageGuess> own = new ArrayList<>(blocks.size());
        Map<String, Integer> letters = new HashMap<>();
        for (Span block : blocks) {
            String t = block.of(text);
            LanguageGuess g = identifier.identify(t);
            own.add(g);
            int n = Texts.countLetters(t);
            if (confident(g, n)) {
                letters.merge(g.language(), n, Integer::sum);
            }
        }
        LanguageGuess document = documentLanguage(text, letters);
        List<Paragraph> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Span block = blocks.get(i);
            LanguageGuess g = own.get(i);
            boolean keep = confident(g, Texts.countLetters(block.of(text))) || document.isUndetermined() || g.isUndetermined();
            out.add(new Paragraph(block, keep ? g : new LanguageGuess(document.language(), document.confidence() * 0.5),
                    Scripts.dominant(block.of(text))));
        }
        return new Result(document, out);
    }

    private static boolean confident(LanguageGuess g, int letters) {
        return !g.isUndetermined() && letters >= MIN_LETTERS && g.confidence() >= MIN_CONFIDENCE;
    }

    private LanguageGuess documentLanguage(String text, Map<String, Integer> letters) {
        if (letters.isEmpty()) {
            return identifier.identify(text);
        }
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        Map.Entry<String, Integer> best = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return new LanguageGuess(best.getKey(), (double) best.getValue() / total);
    }

    /**
     * One paragraph's language.
     *
     * @param span   the paragraph in the document text
     * @param guess  its language; for a paragraph that could not be told on its own, the document's language with
     *               half the document's confidence
     * @param script the dominant script of its letters (ICU name, {@link Scripts#NONE} without letters)
     */
    public record Paragraph(Span span, LanguageGuess guess, String script) {
    }

    /**
     * @param document   the document's main language (share of confident letters as confidence)
     * @param paragraphs one entry per paragraph, in order
     */
    public record Result(LanguageGuess document, List<Paragraph> paragraphs) {
    }
}
