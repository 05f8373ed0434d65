package io.parallax.store;

import java.util.Objects;

/**
 * A small JSON record kept beside the documents, such as a user's decision about an entity.
 *
 * @param kind what the record is ("decision")
 * @param id   unique within the kind; storing the same id again replaces the record
 * @param json the record as JSON
 */
public record StoredRecord(String kind, String id, String json) {

    public StoredRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
    }
}
