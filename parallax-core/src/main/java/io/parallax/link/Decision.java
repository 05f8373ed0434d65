package io.parallax.link;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's correction of the registry, kept in an append-only log. Decisions are standing rules, not one-off edits:
 * the registry applies every decision to every mention, on rebuild and to documents that arrive later, so they
 * survive re-ingestion. Their order in the log does not matter, except that a later {@link Rename} of the same
 * entity wins.
 *
 * <p>Immutable; serialised by Jackson with an {@code "op"} field naming the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Decision.Merge.class, name = "merge"),
        @JsonSubTypes.Type(value = Decision.Split.class, name = "split"),
        @JsonSubTypes.Type(value = Decision.Rename.class, name = "rename"),
        @JsonSubTypes.Type(value = Decision.AddVariant.class, name = "variant"),
})
public sealed interface Decision {

    /** When the user decided, or {@code null}. Informational. */
    Instant at();

    /** The entity ids the decision is about. */
    @JsonIgnore
    List<String> entities();

    /**
     * {@code from} entities are the same as {@code into}: their mentions and variants go to {@code into}, now
     * and in future.
     */
    record Merge(String into, List<String> from, Instant at) implements Decision {
        public Merge {
            Objects.requireNonNull(into, "into");
            from = List.copyOf(from);
            if (from.isEmpty() || from.contains(into)) {
                throw new IllegalArgumentException("merge needs other entities than " + into);
            }
        }

        @Override
        @JsonIgnore
        public List<String> entities() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(into), from.stream()).toList();
        }
    }

    /**
     * Mentions of {@code entity} written as one of {@code variants} are another entity, named by the first variant;
     * they never link to {@code entity} again.
     */
    record Split(String entity, List<String> variants, String language, Instant at) implements Decision {
        public Split {
            Objects.requireNonNull(entity, "entity");
            variants = List.copyOf(variants);
            if (variants.isEmpty()) {
                throw new IllegalArgumentException("split needs at least one variant");
            }
        }

        @Override
        @JsonIgnore
        public List<String> entities() {
            return List.of(entity);
        }
    }

    /** The entity's canonical name is {@code name}. */
    record Rename(String entity, String name, Instant at) implements Decision {
        public Rename {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("rename needs a name");
            }
        }

        @Override
        @JsonIgnore
        public List<String> entities() {
            return List.of(entity);
        }
    }

    /**
     * {@code name} (as written in {@code language}, or any language when {@code null}) always means {@code entity}.
     */
    record AddVariant(String entity, String name, String language, Instant at) implements Decision {
        public AddVariant {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a variant needs a name");
            }
        }

        @Override
        @JsonIgnore
        public List<String> entities() {
            return List.of(entity);
        }
    }
}
