package io.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parallax.app.Engine;
import io.parallax.app.Queries;
import io.parallax.json.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Base of the read-only commands: opens the store, asks {@link Queries}, prints JSON ({@code --json}) or text.
 */
abstract class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The answer, or empty when the thing asked for does not exist. */
    abstract Optional<? extends JsonNode> answer(Queries queries) throws Exception;

    /** Prints the answer for people. */
    abstract void printText(JsonNode answer, PrintWriter out);

    /** What to say when there is no answer. */
    String notFound() {
        return "not found";
    }

    @Override
    public final Integer call() throws Exception {
        try (Engine engine = store.openExisting()) {
            Optional<? extends JsonNode> answer = answer(new Queries(engine));
            PrintWriter out = spec.commandLine().getOut();
            if (answer.isEmpty()) {
                spec.commandLine().getErr().println("parallax " + spec.name() + ": " + notFound());
                return Cli.FAILURE;
            }
            if (json) {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer.get()));
            } else {
                printText(answer.get(), out);
            }
            out.flush();
            return Cli.OK;
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "-" : v.asText();
    }

    static String join(JsonNode array) {
        StringBuilder b = new StringBuilder();
        array.forEach(v -> b.append(b.isEmpty() ? "" : ", ").append(v.asText()));
        return b.toString();
    }

    static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
