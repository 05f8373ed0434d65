package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.app.Queries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code parallax search QUERY}: full-text search, with entity names expanded to all their variants. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search articles. A name finds its spellings in every language (Prigozhin → Prigozjin).")
public final class SearchCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT (Lucene syntax).")
    String query;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language (ISO 639-1).")
    String language;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    Optional<JsonNode> answer(Queries queries) throws Exception {
        if (limit < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        return Optional.of(queries.search(query, language, limit));
    }

    @Override
    void printText(JsonNode result, PrintWriter out) {
        if (!result.get("expandedWith").isEmpty()) {
            out.println("also searched: " + join(result.get("expandedWith")));
        }
        for (JsonNode h : result.get("hits")) {
            out.printf("%-40s %s  %.2f  %s%n", text(h, "doc"), text(h, "language"), h.get("score").asDouble(),
                    clip(text(h, "title"), 60));
            out.println("    " + clip(text(h, "snippet").replace("<b>", "[").replace("</b>", "]"), 150));
        }
        out.printf("%d hit%s%n", result.get("hits").size(), result.get("hits").size() == 1 ? "" : "s");
    }
}
