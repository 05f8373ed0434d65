package io.parallax.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites one {@code ## Title} section of a Markdown file (such as BENCHMARKS.md), leaving the other sections
 * alone, so that several harnesses can share the file. The section is appended when absent.
 */
public final class BenchmarksFile {

    private BenchmarksFile() {
    }

    public static void replaceSection(Path file, String title, String body) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String heading = "## " + title;
        String section = heading + "\n" + body.strip() + "\n";
        int start = text.indexOf(heading + "\n");
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", start + heading.length());
            text = text.substring(0, start) + section + (next < 0 ? "" : text.substring(next));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
