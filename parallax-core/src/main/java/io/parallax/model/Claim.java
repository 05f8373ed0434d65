package io.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One claim inside an event, compared across sources.
 *
 * @param event      the {@link Event#id()}
 * @param relation   agree, differ or only
 * @param statements the statements, one or more per source, each with its span
 * @param confidence in [0, 1]
 * @param reason     why the aligner decided so, for the analyst ("same entities, conflicting numbers 800 / 500")
 */
public record Claim(String event, ClaimRelation relation, List<Statement> statements, double confidence,
                    String reason) {

    public Claim {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(relation, "relation");
        statements = List.copyOf(statements);
    }
}
