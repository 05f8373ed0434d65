package io.parallax.model;

import java.util.List;

/**
 * A sentence: its span in the document text, its text and its tokens.
 *
 * @param index  position of the sentence in the document, from 0
 * @param start  first character in the document text
 * @param end    end character (exclusive)
 * @param text   the sentence text, equal to the document text between start and end
 * @param tokens tokens in order, with document offsets
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
        }
        tokens = List.copyOf(tokens);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String[] tokenTexts() {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }
}
