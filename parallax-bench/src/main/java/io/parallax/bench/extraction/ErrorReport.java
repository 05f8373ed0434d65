package io.parallax.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one system's errors on the <em>look</em> half of the {@link DevSplit} for study: on the
 * article-extraction benchmark the lines it added that are not in the truth and the truth lines it missed, worst
 * pages first; on trafilatura-eval the "with" snippets it missed and the "without" snippets it kept. The held half
 * is never written, so that it stays an honest check of whether a rule generalises.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    static void write(Path file, DevSplit aebSplit, Datasets.Aeb aeb, Map<String, String> aebBodies,
                      DevSplit trafSplit, Datasets.Trafilatura traf, Map<String, String> trafBodies)
            throws IOException {
        List<String> out = new ArrayList<>();
        aebErrors(aebSplit, aeb.truth(), aebBodies, out);
        snippetErrors(trafSplit, traf.snippets(), trafBodies, out);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private static void aebErrors(DevSplit split, Map<String, String> truth, Map<String, String> bodies,
                                  List<String> out) {
        record Row(String id, ShingleMetric.Page page) {
        }
        List<Row> rows = new ArrayList<>();
        split.half(truth, true).forEach((id, t) -> rows.add(new Row(id, ShingleMetric.page(t,
                bodies.getOrDefault(id, "")))));
        rows.sort((x, y) -> Double.compare(x.page().tp(), y.page().tp()));
        for (Row r : rows) {
            if (r.page().tp() >= 0.98) {
                continue;
            }
            String pred = bodies.getOrDefault(r.id(), "");
            String gold = truth.get(r.id());
            out.add(String.format("## AEB %s tp %.3f fp %.3f fn %.3f", r.id(), r.page().tp(), r.page().fp(),
                    r.page().fn()));
            lines(pred, gold, "+ ", out);
            lines(gold, pred, "- ", out);
        }
    }

    /** The lines of {@code a} not found in {@code b}, each prefixed with {@code mark}. */
    private static void lines(String a, String b, String mark, List<String> out) {
        String nb = SnippetMetric.normalize(b);
        for (String line : a.split("\n")) {
            String n = SnippetMetric.normalize(line);
            if (!n.isEmpty() && !nb.contains(n)) {
                out.add(mark + n);
            }
        }
    }

    /** The extracted paragraph that holds the snippet, cut to 300 characters, for context. */
    private static String paragraphOf(String body, String snippet) {
        String n = SnippetMetric.normalize(snippet);
        for (String p : body.split("\n")) {
            String np = SnippetMetric.normalize(p);
            if (np.contains(n)) {
                return np.length() <= 300 ? np : np.substring(0, 300) + "…";
            }
        }
        return "(across paragraphs)";
    }

    private static void snippetErrors(DevSplit split, Map<String, SnippetMetric.Snippets> truth,
                                      Map<String, String> bodies, List<String> out) {
        split.half(truth, true).forEach((id, s) -> {
            String body = bodies.getOrDefault(id, "");
            String text = SnippetMetric.normalize(body);
            List<String> page = new ArrayList<>();
            s.with().stream().filter(w -> !text.contains(SnippetMetric.normalize(w)))
                    .forEach(w -> page.add("- missed: " + w));
            s.without().stream().filter(w -> text.contains(SnippetMetric.normalize(w)))
                    .forEach(w -> page.add("+ kept: " + w + "  IN: " + paragraphOf(body, w)));
            if (!page.isEmpty()) {
                out.add("## TRAF " + id);
                out.addAll(page);
            }
        });
    }
}
