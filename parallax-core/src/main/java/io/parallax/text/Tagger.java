package io.parallax.text;

/**
 * Adds parts of speech and lemmas to the tokens of one sentence. Thread-safe.
 */
public interface Tagger {

    /**
     * @param tokens the sentence's tokens
     * @return one UPOS tag per token ({@code null} entries where unknown)
     */
    String[] tag(String[] tokens);

    /**
     * @param tokens the sentence's tokens
     * @param tags   the tags returned by {@link #tag}
     * @return one lemma per token
     */
    String[] lemmatize(String[] tokens, String[] tags);
}
