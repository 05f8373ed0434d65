package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.app.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code parallax event ID}: one event with its sources, entities, quotes, claims and timeline. */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Show one event: sources side by side, entities, quotes, compared claims and timeline.")
public final class EventCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "Event id, as listed by 'parallax events'.")
    String id;

    @Override
    Optional<? extends JsonNode> answer(Queries queries) {
        return queries.event(id);
    }

    @Override
    String notFound() {
        return "no event " + id + " (see 'parallax events')";
    }

    @Override
    void printText(JsonNode e, PrintWriter out) {
        out.printf("%s  %s  %s%n", text(e, "id"), text(e, "date"), text(e, "title"));
        out.println("\nSources");
        e.get("sources").forEach(d -> out.printf("  %-40s %s  %s%s%n", text(d, "id"), text(d, "language"),
                clip(text(d, "title"), 50), d.get("authors").isEmpty() ? "" : "  by " + join(d.get("authors")))); 
        out.println("\nEntities");
        e.get("entities").forEach(en -> out.printf("  %-4s %-28s %3d  %s%n", text(en, "type"), clip(text(en, "name"), 28),
                en.get("mentionCount").asInt(), clip(join(en.get("variants")), 60)));
        out.println("\nQuotes");
        e.get("quotes").forEach(q -> out.printf("  [%s] %s: \"%s\" (%s)%n", text(q, "kind"), text(q, "speakerText"),
                clip(text(q, "text"), 90), text(q, "doc")));
        out.println("\nClaims");
        e.get("claims").forEach(c -> {
            out.printf("  %-6s %s%n", text(c, "relation").toUpperCase(java.util.Locale.ROOT), text(c, "reason"));
            c.get("statements").forEach(s -> out.printf("         %s: %s%n", text(s, "doc"), clip(text(s, "text"), 100)));
        });
        out.println("\nTimeline");
        e.get("timeline").forEach(t -> out.printf("  %-10s %-24s %s%n", text(t, "date"), clip(text(t, "expression"), 24),
                clip(text(t, "text"), 90)));
    }
}
