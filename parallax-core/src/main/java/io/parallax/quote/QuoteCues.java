package io.parallax.quote;

import java.util.Set;

/**
 * How one language marks speech: verbs of saying, phrases like "according to", and the quotation marks in use.
 *
 * @param speechVerbs     verbs of saying, as lemmas and common inflected forms, lower case ("say", "said", "sade")
 * @param sourcePhrases   multi-word cues placed before the source ("according to", "enligt")
 * @param complementizers words that introduce reported content ("that", "att")
 * @param openingMarks    characters that open a quotation
 * @param closingMarks    characters that close a quotation, aligned with {@code openingMarks}
 */
public record QuoteCues(Set<String> speechVerbs, Set<String> sourcePhrases, Set<String> complementizers,
                        String openingMarks, String closingMarks) {

    /** No cues: only quotation marks of the common kinds are recognised. */
    public static final QuoteCues NONE = new QuoteCues(Set.of(), Set.of(), Set.of(),
            "\"\u201C\u201E\u00AB\u00BB\u201D", "\"\u201D\u201D\u00BB\u00AB\u201D");

    public QuoteCues {
        speechVerbs = Set.copyOf(speechVerbs);
        sourcePhrases = Set.copyOf(sourcePhrases);
        complementizers = Set.copyOf(complementizers);
        if (openingMarks.length() != closingMarks.length()) {
            throw new IllegalArgumentException("opening and closing marks must pair up");
        }
    }

    /**
     * Reads a pack's cues: {@code speech-verbs.txt}, {@code source-phrases.txt}, {@code complementizers.txt} and
     * {@code quote-marks.txt} (lines of two characters, opening then closing). Missing files leave that part empty
     * (marks default to those of {@link #NONE}).
     */
    public static QuoteCues load(io.parallax.pack.PackResources pack) {
        java.util.List<String> marks = pack.lines("quote-marks.txt");
        String open = marks.isEmpty() ? NONE.openingMarks
                : marks.stream().map(m -> m.substring(0, 1)).collect(java.util.stream.Collectors.joining());
        String close = marks.isEmpty() ? NONE.closingMarks
                : marks.stream().map(m -> m.substring(m.length() - 1)).collect(java.util.stream.Collectors.joining());
        return new QuoteCues(lower(pack.lines("speech-verbs.txt")), lower(pack.lines("source-phrases.txt")),
                lower(pack.lines("complementizers.txt")), open, close);
    }

    private static Set<String> lower(java.util.List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    public boolean isSpeechVerb(String word) {
        return speechVerbs.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
