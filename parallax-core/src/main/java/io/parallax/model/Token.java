package io.parallax.model;

/**
 * One token with its document offsets and, where the language pack provides them, a part of speech (Universal
 * Dependencies UPOS, or {@code null}) and a lemma (or {@code null}).
 */
public record Token(String text, int start, int end, String pos, String lemma) {

    public Token {
        if (text == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + text + " [" + start + ", " + end + ")");
        }
    }

    public static Token of(String text, int start) {
        return new Token(text, start, start + text.length(), null, null);
    }

    /** The lemma if known, else the token text. */
    public String lemmaOrText() {
        return lemma != null ? lemma : text;
    }

    public Token withAnnotations(String newPos, String newLemma) {
        return new Token(text, start, end, newPos, newLemma);
    }
}
