package io.parallax.text;

import io.parallax.model.Sentence;
import io.parallax.model.Span;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sentences, tokens, parts of speech and lemmas for a text, from one language's splitter, tokeniser and tagger.
 * Sentences never cross paragraph boundaries. Thread-safe when its components are.
 */
public final class TextAnalyzer {

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final Optional<Tagger> tagger;

    public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer, Optional<Tagger> tagger) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /**
     * @param text       the document text
     * @param paragraphs paragraph spans in {@code text}; when empty, the whole text is one paragraph
     * @return the sentences with document offsets, numbered from 0
     */
    public List<Sentence> analyze(String text, List<Span> paragraphs) {
        List<Span> blocks = paragraphs.isEmpty() ? List.of(new Span(0, text.length())) : paragraphs;
        List<Sentence> sentences = new ArrayList<>();
        for (Span block : blocks) {
            String blockText = block.of(text);
            for (Span s : splitter.split(blockText)) {
                int start = block.start() + s.start();
                sentences.add(sentence(sentences.size(), start, s.of(blockText)));
            }
        }
        return sentences;
    }

    private Sentence sentence(int index, int start, String sentenceText) {
        List<Span> spans = tokenizer.tokenize(sentenceText);
        String[] words = spans.stream().map(s -> s.of(sentenceText)).toArray(String[]::new);
        String[] tags = tagger.map(t -> t.tag(words)).orElse(null);
        String[] lemmas = tagger.map(t -> t.lemmatize(words, tags)).orElse(null);
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            tokens.add(new Token(words[i], start + s.start(), start + s.end(),
                    tags == null ? null : tags[i], lemmas == null ? null : lemmas[i]));
        }
        return new Sentence(index, start, start + sentenceText.length(), sentenceText, tokens);
    }
}
