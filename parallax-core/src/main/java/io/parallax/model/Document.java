package io.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article as extracted from its source: clean text plus bibliographic fields. All character offsets of all
 * facts about the document refer to {@link #text()}.
 *
 * @param id         stable identifier (file name, URL or record id)
 * @param url        canonical URL if known, else {@code null}
 * @param title      title, or {@code null}
 * @param authors    bylines, possibly empty
 * @param outlet     publication name, or {@code null}
 * @param published  publication date, or {@code null} when unknown
 * @param text       the body text; paragraphs separated by blank lines
 * @param paragraphs spans of the paragraphs in {@link #text()}, in order
 * @param metadata   extra fields with their sources (for example {@code published.source=meta})
 */
public record Document(String id, String url, String title, List<String> authors, String outlet, LocalDate published,
                       String text, List<Span> paragraphs, Map<String, String> metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors == null ? List.of() : authors);
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
    }

    /** The paragraphs as strings. */
    public List<String> paragraphTexts() {
        return paragraphs.stream().map(p -> p.of(text)).toList();
    }
}
