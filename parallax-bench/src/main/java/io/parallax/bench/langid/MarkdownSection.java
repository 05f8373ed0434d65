package io.parallax.bench.langid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces one {@code ## } section of a Markdown file (from its heading to the next {@code ## } heading), or
 * appends it when absent, leaving every other section as it was. Stateless.
 */
final class MarkdownSection {

    private MarkdownSection() {
    }

    /**
     * @param heading the section's heading line, e.g. {@code ## Language identification}
     * @param body    the section's text after the heading
     */
    static void replace(Path file, String heading, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String section = heading + "\n\n" + body.strip() + "\n";
        int start = findHeading(text, heading);
        String updated;
        if (start < 0) {
            updated = text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", start + heading.length());
            updated = text.substring(0, start) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private static int findHeading(String text, String heading) {
        if (text.startsWith(heading + "\n")) {
            return 0;
        }
        int i = text.indexOf("\n" + heading + "\n");
        return i < 0 ? -1 : i + 1;
    }
}
