package io.parallax.ner.fallback;

/** Parsing of the counts in data files. */
final class Counts {

    private Counts() {
    }

    /** A non-negative integer field; {@link IllegalStateException} naming the source and line otherwise. */
    static int parse(String field, String source, int lineNo) {
        try {
            int n = Integer.parseInt(field);
            if (n < 0) {
                throw new NumberFormatException("negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(source + ":" + lineNo + ": bad count '" + field + "'", e);
        }
    }
}
