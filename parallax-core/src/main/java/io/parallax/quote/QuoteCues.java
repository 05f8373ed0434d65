package io.parallax.quote;

import io.parallax.pack.PackResources;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one language marks speech: verbs of saying, phrases like "according to", words that introduce reported
 * content, pronouns that stand for a speaker, and the quotation marks in use. Immutable.
 *
 * @param speechVerbs     verbs of saying, as lemmas and inflected forms, lower case ("say", "said", "sade")
 * @param sourcePhrases   cues placed before the source ("according to", "enligt"), lower case
 * @param complementizers words that introduce reported content ("that", "att")
 * @param pronouns        personal pronouns that can stand for a speaker named earlier ("he", "hon")
 * @param openingMarks    characters that open a quotation
 * @param closingMarks    the closing character of each opening mark, at the same index
 */
public record QuoteCues(Set<String> speechVerbs, Set<String> sourcePhrases, Set<String> complementizers,
                        Set<String> pronouns, String openingMarks, String closingMarks) {

    /** No cues: only the common quotation marks are recognised. */
    public static final QuoteCues NONE = new QuoteCues(Set.of(), Set.of(), Set.of(), Set.of(),
            "\"\u201C\u201E\u00AB\u00BB\u201D", "\"\u201D\u201C\u00BB\u00AB\u201D");

    public QuoteCues {
        speechVerbs = Set.copyOf(speechVerbs);
        sourcePhrases = Set.copyOf(sourcePhrases);
        complementizers = Set.copyOf(complementizers);
        pronouns = Set.copyOf(pronouns);
        if (openingMarks.length() != closingMarks.length()) {
            throw new IllegalArgumentException("opening and closing marks must pair up");
        }
    }

    /**
     * Reads a pack's cues from {@code speech-verbs.txt}, {@code source-phrases.txt}, {@code complementizers.txt},
     * {@code speaker-pronouns.txt} and {@code quote-marks.txt} (lines of two characters: opening, closing). A
     * missing file leaves that part empty; without {@code quote-marks.txt} the marks of {@link #NONE} apply.
     */
    public static QuoteCues load(PackResources pack) {
        List<String> marks = pack.lines("quote-marks.txt");
        String open = marks.isEmpty() ? NONE.openingMarks : marks.stream().map(m -> m.substring(0, 1))
                .collect(Collectors.joining());
        String close = marks.isEmpty() ? NONE.closingMarks : marks.stream().map(m -> m.substring(m.length() - 1))
                .collect(Collectors.joining());
        return new QuoteCues(pack.words("speech-verbs.txt"), pack.words("source-phrases.txt"),
                pack.words("complementizers.txt"), pack.words("speaker-pronouns.txt"), open, close);
    }

    public boolean isSpeechVerb(String word) {
        return speechVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The closing mark for an opening mark, or -1 when {@code c} opens no quotation. */
    public int closingFor(char c) {
        int i = openingMarks.indexOf(c);
        return i < 0 ? -1 : closingMarks.charAt(i);
    }
}
