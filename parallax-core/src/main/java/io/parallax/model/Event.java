package io.parallax.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A real-world happening and the documents that report it, in any language.
 *
 * @param id         stable identifier
 * @param title      a short human-readable label
 * @param date       when it happened (best estimate), or {@code null}
 * @param documents  ids of the member documents
 * @param confidence how cohesive the cluster is, in [0, 1]
 * @param keywords   the entities and terms that hold it together, for explanation
 */
public record Event(String id, String title, LocalDate date, List<String> documents, double confidence,
                    List<String> keywords) {

    public Event {
        Objects.requireNonNull(id, "id");
        documents = List.copyOf(documents);
        keywords = List.copyOf(keywords);
    }
}
