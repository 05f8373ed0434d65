package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.app.Queries;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code parallax events}: every event, newest first. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List events, newest first.")
public final class EventsCommand extends QueryCommand {

    @Override
    Optional<JsonNode> answer(Queries queries) {
        return Optional.of(queries.events());
    }

    @Override
    void printText(JsonNode events, PrintWriter out) {
        out.printf("%-14s %-10s %4s  %-11s %s%n", "EVENT", "DATE", "DOCS", "LANGUAGES", "TITLE");
        for (JsonNode e : events) {
            out.printf("%-14s %-10s %4d  %-11s %s%n", text(e, "id"), text(e, "date"), e.get("documents").size(),
                    join(e.get("languages")), clip(text(e, "title"), 80));
        }
        out.printf("%d event%s%n", events.size(), events.size() == 1 ? "" : "s");
    }
}
