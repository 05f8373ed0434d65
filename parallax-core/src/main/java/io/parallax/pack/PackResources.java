package io.parallax.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a language pack's data files from the class path, under {@code /packs/<lang>/}. Word lists are UTF-8, one
 * entry per line; blank lines and lines starting with {@code #} are ignored.
 */
public final class PackResources {

    private final String language;

    public PackResources(String language) {
        this.language = language;
    }

    public String language() {
        return language;
    }

    /** The class-path name of a pack file. */
    public String path(String file) {
        return "/packs/" + language + "/" + file;
    }

    /** Whether the pack has the file. */
    public boolean has(String file) {
        return PackResources.class.getResource(path(file)) != null;
    }

    /** Opens a pack file, if the pack has it. The caller closes the stream. */
    public Optional<InputStream> open(String file) {
        return Optional.ofNullable(PackResources.class.getResourceAsStream(path(file)));
    }

    /** The entries of a word list, or an empty list when the pack has no such file. */
    public List<String> lines(String file) {
        return open(file).map(in -> readLines(in, path(file))).orElse(List.of());
    }

    /** The entries of a word list in lower case, as a set; empty when the pack has no such file. */
    public Set<String> words(String file) {
        return Set.copyOf(lines(file).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * A pack file of {@code key = value} lines, read literally: unlike {@link java.util.Properties}, backslashes are
     * kept, so values can be regular expressions. Empty when the pack has no such file.
     *
     * @throws IllegalArgumentException naming the file and line, for a line without {@code =}
     */
    public Optional<Map<String, String>> keyValues(String file) {
        if (!has(file)) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(path(file) + ": expected 'key = value': " + line);
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return Optional.of(out);
    }

    private static List<String> readLines(InputStream in, String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pack file " + name, e);
        }
        return out;
    }
}
