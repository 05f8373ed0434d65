package io.parallax.text.ud;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U files (Universal Dependencies). Keeps the basic words (not multiword-token ranges nor empty
 * nodes), with form, lemma, UPOS and {@code SpaceAfter}. Stateless.
 */
public final class ConlluReader {

    private ConlluReader() {
    }

    /**
     * @throws IOException when the file cannot be read or a word line has fewer than ten columns (the line number
     *                     is in the message)
     */
    public static List<UdSentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.getFileName().toString());
        }
    }

    static List<UdSentence> read(BufferedReader r, String name) throws IOException {
        List<UdSentence> out = new ArrayList<>();
        List<UdToken> tokens = new ArrayList<>();
        String id = "";
        String doc = "";
        String text = null;
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    out.add(new UdSentence(id, doc, text != null ? text : join(tokens), tokens));
                }
                tokens = new ArrayList<>();
                text = null;
            } else if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("sent_id")) {
                    id = value(c);
                } else if (c.startsWith("newdoc id")) {
                    doc = value(c);
                } else if (c.startsWith("text =") || c.startsWith("text=")) {
                    text = value(c);
                }
            } else {
                String[] cols = line.split("\t", -1);
                if (cols.length < 10) {
                    throw new IOException(name + ":" + lineNo + ": a word line needs 10 columns, has " + cols.length);
                }
                if (cols[0].matches("\\d+")) {
                    tokens.add(new UdToken(cols[1], cols[2], cols[3], !cols[9].contains("SpaceAfter=No")));
                }
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new UdSentence(id, doc, text != null ? text : join(tokens), tokens));
        }
        return out;
    }

    private static String value(String comment) {
        int eq = comment.indexOf('=');
        return eq < 0 ? "" : comment.substring(eq + 1).strip();
    }

    private static String join(List<UdToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (UdToken t : tokens) {
            sb.append(t.form()).append(t.spaceAfter() ? " " : "");
        }
        return sb.toString().strip();
    }
}
