package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.app.Queries;
import io.parallax.model.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code parallax entities}: canonical entities with their variants across languages; with a subcommand, the
 * analyst's corrections (merge, split, rename, variant) and exports.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List canonical entities with their name variants, most mentioned first; correct or export them.",
        subcommands = {
                EntityDecisionCommands.Merge.class,
                EntityDecisionCommands.Split.class,
                EntityDecisionCommands.Rename.class,
                EntityDecisionCommands.Variant.class,
                EntityDecisionCommands.Export.class,
        })
public final class EntitiesCommand extends QueryCommand {

    @Option(names = "--type", description = "Only this type: ${COMPLETION-CANDIDATES}.")
    EntityType type;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only entities with a variant containing TEXT.")
    String name;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    Optional<JsonNode> answer(Queries queries) {
        return Optional.of(queries.entities(type, name, limit));
    }

    @Override
    void printText(JsonNode entities, PrintWriter out) {
        out.printf("%-4s %-30s %5s %4s  %s%n", "TYPE", "NAME", "MENT.", "DOCS", "VARIANTS");
        for (JsonNode e : entities) {
            out.printf("%-4s %-30s %5d %4d  %s%n", text(e, "type"), clip(text(e, "name"), 30),
                    e.get("mentionCount").asInt(), e.get("documents").size(), clip(join(e.get("variants")), 70));
        }
        out.printf("%d entit%s%n", entities.size(), entities.size() == 1 ? "y" : "ies");
    }
}
