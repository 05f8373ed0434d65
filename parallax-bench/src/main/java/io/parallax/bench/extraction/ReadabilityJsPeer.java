package io.parallax.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Mozilla's Readability.js under node with jsdom, run by {@code peers/readability/extract.js}. Installs the npm
 * packages into {@code peers/readability/node_modules} (git-ignored) on first use. Its time is what the script
 * measures around JSDOM parsing plus Readability for each page, summed, excluding node start-up and file reading.
 */
public final class ReadabilityJsPeer implements Peer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final int passes;

    /**
     * @param dir    the directory holding {@code extract.js} and {@code package.json}
     * @param passes passes over the pages; all but the last warm up the JIT
     */
    public ReadabilityJsPeer(Path dir, int passes) {
        this.dir = dir.toAbsolutePath();
        this.passes = passes;
    }

    @Override
    public String name() {
        return "readability.js";
    }

    @Override
    public Run run(List<BenchPage> pages) throws IOException {
        ensureInstalled();
        Path list = Files.createTempFile("parallax-readability", ".tsv");
        try {
            List<String> lines = new ArrayList<>();
            for (BenchPage p : pages) {
                lines.add(p.id() + "\t" + p.file().toAbsolutePath() + "\t" + (p.url() == null ? "" : p.url()));
            }
            Files.write(list, lines, StandardCharsets.UTF_8);
            return collect(exec(List.of("node", dir.resolve("extract.js").toString(), list.toString(),
                    Integer.toString(passes))), pages.size());
        } finally {
            Files.deleteIfExists(list);
        }
    }

    private Run collect(List<String> output, int n) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        double ms = 0;
        for (String line : output) {
            JsonNode node = JSON.readTree(line);
            bodies.put(node.get("id").asText(), node.path("articleBody").asText(""));
            ms += node.path("ms").asDouble();
        }
        return new Run(bodies, Map.of(), ms / 1000, n);
    }

    private void ensureInstalled() throws IOException {
        if (Files.isDirectory(dir.resolve("node_modules/@mozilla/readability"))
                && Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
            return;
        }
        exec(List.of("npm", "install", "--no-audit", "--no-fund", "--silent"));
    }

    private List<String> exec(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
        }
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        return out;
    }
}
