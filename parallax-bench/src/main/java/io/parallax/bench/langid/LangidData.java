package io.parallax.bench.langid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Lingua test data ({@code <dir>/{sentences,word-pairs,single-words}/<iso639-1>.txt}, one item per line) with a
 * fixed split of every file into a tuning half (used to train and tune) and a held-out half (used to report).
 * The split is a seeded shuffle per file, so it never changes between runs. Immutable.
 */
record LangidData(Map<Kind, Map<String, List<String>>> tune, Map<Kind, Map<String, List<String>>> heldOut) {

    /** The seed of the tuning/held-out split. Changing it invalidates every reported figure. */
    static final long SEED = 20261122L;

    enum Kind {
        SENTENCES("sentences"), WORD_PAIRS("word-pairs"), SINGLE_WORDS("single-words");

        final String dir;

        Kind(String dir) {
            this.dir = dir;
        }
    }

    static LangidData load(Path root) {
        Map<Kind, Map<String, List<String>>> tune = new TreeMap<>();
        Map<Kind, Map<String, List<String>>> held = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            Map<String, List<String>> t = new TreeMap<>();
            Map<String, List<String>> h = new TreeMap<>();
            for (Path file : files(root.resolve(kind.dir))) {
                String lang = file.getFileName().toString().replaceFirst("\\.txt$", "");
                List<String> lines = shuffled(read(file), kind, lang);
                t.put(lang, List.copyOf(lines.subList(0, lines.size() / 2)));
                h.put(lang, List.copyOf(lines.subList(lines.size() / 2, lines.size())));
            }
            tune.put(kind, t);
            held.put(kind, h);
        }
        return new LangidData(tune, held);
    }

    List<String> languages() {
        return List.copyOf(heldOut.get(Kind.SENTENCES).keySet());
    }

    private static List<String> shuffled(List<String> lines, Kind kind, String lang) {
        List<String> copy = new ArrayList<>(lines);
        Collections.shuffle(copy, new Random(SEED ^ (kind.dir + "/" + lang).hashCode()));
        return copy;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
