package io.parallax.text.ud;

/**
 * One syntactic word of a CoNLL-U sentence.
 *
 * @param form       the word as written
 * @param lemma      its lemma
 * @param upos       its universal part of speech
 * @param spaceAfter whether white space follows it in the raw text ({@code SpaceAfter=No} is false)
 */
public record UdToken(String form, String lemma, String upos, boolean spaceAfter) {
}
