package io.parallax.store;

import java.util.List;
import java.util.Objects;

/**
 * A search over stored documents.
 *
 * @param text      the user's query (Lucene classic syntax; a parse error falls back to plain terms)
 * @param alsoAny   extra terms any of which may match, for example the other-language variants of a name
 * @param language  restrict to one language (ISO 639-1), or {@code null}
 * @param documents restrict to these document ids (an event's members), or empty for all
 * @param limit     maximum number of hits
 */
public record SearchQuery(String text, List<String> alsoAny, String language, List<String> documents, int limit) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        alsoAny = List.copyOf(alsoAny == null ? List.of() : alsoAny);
        documents = List.copyOf(documents == null ? List.of() : documents);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, List.of(), null, List.of(), limit);
    }
}
