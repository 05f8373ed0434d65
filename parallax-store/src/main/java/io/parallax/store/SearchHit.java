package io.parallax.store;

/**
 * One document matching a search.
 *
 * @param document the document id
 * @param title    its title, or {@code null}
 * @param language ISO 639-1
 * @param score    relevance; higher is better
 * @param snippet  a passage with the matches marked by {@code <b>…</b>} (the rest of the text HTML-escaped)
 */
public record SearchHit(String document, String title, String language, float score, String snippet) {
}
