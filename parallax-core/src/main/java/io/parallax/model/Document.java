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

    /**
     * Metadata key: the offset in {@link #text()} where the article body ends and a trailer (author bio, "first
     * published on …" note) begins. Absent when the text is all body.
     */
    public static final String BODY_END = "body.end";

    /** The article body: the text without its trailer. */
    public String body() {
        return text.substring(0, bodyEnd());
    }

    /** Where the body ends in {@link #text()}: the text's length unless a trailer follows. */
    public int bodyEnd() {
        String end = metadata.get(BODY_END);
        return end == null ? text.length() : Math.min(text.length(), Integer.parseInt(end));
    }

    /** The paragraphs of the body, without the trailer's. */
    public List<Span> bodyParagraphs() {
        int end = bodyEnd();
        return paragraphs.stream().filter(p -> p.end() <= end).toList();
    }

    /** A copy with one more metadata entry (replacing an entry of the same key). */
    public Document withMetadata(String key, String value) {
        java.util.Map<String, String> m = new java.util.HashMap<>(metadata);
        m.put(key, value);
        return new Document(id, url, title, authors, outlet, published, text, paragraphs, m);
    }

    /** The paragraphs as strings. */
    public List<String> paragraphTexts() {
        return paragraphs.stream().map(p -> p.of(text)).toList();
    }
}
