package io.parallax.link.translit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One name pair, raw and normalised: a Latin-script name and its writing in another script, with whether they are
 * the same name.
 */
public record TranslitPair(String latin, String other, boolean same) {

    public TranslitPair {
        Objects.requireNonNull(latin, "latin");
        Objects.requireNonNull(other, "other");
    }

    /**
     * Reads a Wikidata transliteration file (Merhav and Ash 2018): gzipped lines {@code latin<TAB>t a r g e t<TAB>n}
     * with the target's characters separated by spaces. Every pair is a true pair; malformed lines are skipped.
     */
    public static List<TranslitPair> readWikidata(Path gz) throws IOException {
        List<TranslitPair> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length >= 2 && !f[0].isBlank() && !f[1].isBlank()) {
                    out.add(new TranslitPair(f[0], f[1].replace(" ", ""), true));
                }
            }
        }
        return out;
    }

    /**
     * Reads a labelled pair file: {@code nameA<TAB>nameB<TAB>same|different}, either name may come first; the
     * Latin-script one becomes {@link #latin()}.
     */
    public static List<TranslitPair> readLabelled(Path tsv) throws IOException {
        List<TranslitPair> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            boolean firstLatin = io.parallax.link.Script.of(f[0]) == io.parallax.link.Script.LATIN;
            out.add(new TranslitPair(firstLatin ? f[0] : f[1], firstLatin ? f[1] : f[0], "same".equals(f[2].strip())));
        }
        return out;
    }
}
