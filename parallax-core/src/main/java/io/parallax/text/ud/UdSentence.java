package io.parallax.text.ud;

import java.util.List;

/**
 * One sentence of a Universal Dependencies treebank: its text and its syntactic words.
 *
 * @param id     the {@code sent_id}
 * @param docId  the document it belongs to ({@code newdoc id}, or "" when the file has none)
 * @param text   the {@code # text} line, the raw sentence
 * @param tokens the words, in order
 */
public record UdSentence(String id, String docId, String text, List<UdToken> tokens) {

    public UdSentence {
        tokens = List.copyOf(tokens);
    }

    public String[] forms() {
        return tokens.stream().map(UdToken::form).toArray(String[]::new);
    }

    public String[] tags() {
        return tokens.stream().map(UdToken::upos).toArray(String[]::new);
    }

    public String[] lemmas() {
        return tokens.stream().map(UdToken::lemma).toArray(String[]::new);
    }
}
