package io.parallax.ner.corpus;

/**
 * One line of a CoNLL-style file: a token line, a sentence boundary (blank line), a document start
 * ({@code -DOCSTART-} or {@code # newdoc}) or another comment.
 *
 * @param raw   the line as read, without its line terminator
 * @param kind  what the line is
 * @param token the token, for token lines; else {@code null}
 * @param tag   the last column, for token lines that have one; else {@code null}
 */
public record ConllLine(String raw, Kind kind, String token, String tag) {

    /** What a line is. */
    public enum Kind { TOKEN, BLANK, DOCUMENT, COMMENT }

    /** How the token and tag columns are laid out. */
    public enum Layout {
        /** Whitespace-separated, token first and tag last (CoNLL-2003, the Swedish corpus). */
        COLUMNS,
        /** Tab-separated with the token index first (CoNLL-U, UNER {@code .iob2}): token second, tag third. */
        INDEXED;

        /** The layout of a file, judged from its first token line. */
        public static Layout sniff(String firstTokenLine) {
            String[] f = firstTokenLine.split("\t", -1);
            return f.length >= 3 && f[0].strip().matches("\\d+([.-]\\d+)?") ? INDEXED : COLUMNS;
        }
    }

    public boolean isToken() {
        return kind == Kind.TOKEN;
    }

    /** Classifies a line. Never throws; a line with only a token has a {@code null} tag. */
    public static ConllLine parse(String raw, Layout layout) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return new ConllLine(raw, Kind.BLANK, null, null);
        }
        if (s.startsWith("-DOCSTART-") || s.startsWith("# newdoc")) {
            return new ConllLine(raw, Kind.DOCUMENT, null, null);
        }
        if (s.startsWith("#") && (layout == Layout.INDEXED || s.startsWith("# "))) {
            return new ConllLine(raw, Kind.COMMENT, null, null);
        }
        return layout == Layout.INDEXED ? indexed(raw, s) : columns(raw, s);
    }

    /** True when a line is neither a token nor a boundary, so that layout sniffing skips it. */
    static boolean isMarkup(String raw) {
        String s = raw.strip();
        return s.isEmpty() || s.startsWith("-DOCSTART-") || s.startsWith("#");
    }

    private static ConllLine indexed(String raw, String s) {
        String[] f = s.split("\t", -1);
        if (f.length < 2) {
            return new ConllLine(raw, Kind.TOKEN, f[0], null);
        }
        return new ConllLine(raw, Kind.TOKEN, f[1], f.length >= 3 ? f[2].strip() : null);
    }

    private static ConllLine columns(String raw, String s) {
        int first = firstSpace(s);
        if (first < 0) {
            return new ConllLine(raw, Kind.TOKEN, s, null);
        }
        int last = lastSpace(s);
        return new ConllLine(raw, Kind.TOKEN, s.substring(0, first), s.substring(last + 1));
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
