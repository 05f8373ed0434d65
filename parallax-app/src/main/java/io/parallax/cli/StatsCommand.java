package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.app.Queries;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code parallax stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of documents, events, entities and more.")
public final class StatsCommand extends QueryCommand {

    @Override
    Optional<JsonNode> answer(Queries queries) throws Exception {
        return Optional.of(queries.stats());
    }

    @Override
    void printText(JsonNode s, PrintWriter out) {
        for (String f : new String[]{"documents", "events", "entities", "quotes"}) {
            out.printf("%-10s %d%n", f, s.get(f).asLong());
        }
        out.println("languages  " + s.get("languages").toString());
        out.println("types      " + s.get("entityTypes").toString());
    }
}
