package io.parallax.pack.en;

import io.parallax.model.Span;
import io.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * English tokenisation in the Universal Dependencies convention: a base tokeniser's tokens with clitics split off
 * ({@code Putin's → Putin 's}, {@code don't → do n't}, {@code they're → they 're}, {@code firms' → firms '}).
 * OpenNLP's English UD tokeniser model keeps clitics attached, while the UD tagger and lemmatiser, like the NER
 * stage, expect them apart. The model also leaves a sentence's full stop on some words it has not seen
 * ({@code Gerasimov.}); such a stop is split off unless the word is a known abbreviation ({@code Gen.}, {@code Inc.})
 * or an initial. Hyphenated words that the model cuts into pieces are put back together ({@link #hyphenatedWords}).
 *
 * <p>Thread-safe when the base tokeniser is.
 */
public final class EnglishTokenizer implements Tokenizer {

    private static final String[] SUFFIXES = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};
    private static final java.util.regex.Pattern HYPHENATED =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)*-\\p{Lu}[\\p{L}\\p{M}]*");
    /** Most pieces joined into one word, and its longest length: bounds the work on a long run of touching tokens. */
    private static final int MAX_PIECES = 9;
    private static final int MAX_JOINED = 80;

    private final Tokenizer base;
    private final Set<String> abbreviations;

    /**
     * @param base          the tokeniser whose tokens are refined
     * @param abbreviations lower-case words, without their full stop, that keep it ({@code "gen"}, {@code "inc"})
     */
    public EnglishTokenizer(Tokenizer base, Set<String> abbreviations) {
        this.base = Objects.requireNonNull(base, "base");
        this.abbreviations = Set.copyOf(abbreviations);
    }

    @Override
    public List<Span> tokenize(String text) {
        List<Span> out = new ArrayList<>();
        for (Span whole : hyphenatedWords(text, base.tokenize(text))) {
            for (Span token : creditParts(text, whole)) {
                refine(text, token, out);
            }
        }
        return out;
    }

    /**
     * The model cuts some hyphenated words into pieces that no convention uses ({@code Rostov-on-Don → Rostov- on
     * -Don}), which the recogniser then reads as a place and a person. Pieces that touch, with no space between, and
     * together make one name of letters joined by single hyphens, capitalised at both ends, are put back together,
     * as CoNLL writes them. A name before a lower-case word ({@code Aland-based}) stays cut, so that the name is
     * found on its own.
     */
    static List<Span> hyphenatedWords(String text, List<Span> tokens) {
        List<Span> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int last = i;
            int start = tokens.get(i).start();
            for (int j = i + 1; j < tokens.size() && j - i < MAX_PIECES && tokens.get(j).end() - start <= MAX_JOINED
                    && tokens.get(j).start() == tokens.get(j - 1).end(); j++) {
                if (HYPHENATED.matcher(text.substring(start, tokens.get(j).end())).matches()) {
                    last = j;
                }
            }
            out.add(last == i ? tokens.get(i) : new Span(start, tokens.get(last).end()));
            i = last + 1;
        }
        return out;
    }

    /**
     * A photo credit such as {@code REUTERS/Stringer} is an agency and a photographer, two names; the model keeps it
     * one token. Split at slashes when every part is a capitalised word, so that {@code and/or} and URLs stay whole.
     */
    static List<Span> creditParts(String text, Span token) {
        String word = token.of(text);
        String[] parts = word.split("/", -1);
        if (parts.length < 2 || !Arrays.stream(parts).allMatch(EnglishTokenizer::capitalisedWord)) {
            return List.of(token);
        }
        List<Span> out = new ArrayList<>();
        int at = token.start();
        for (String part : parts) {
            if (at > token.start()) {
                out.add(new Span(at, at + 1));
                at++;
            }
            out.add(new Span(at, at + part.length()));
            at += part.length();
        }
        return out;
    }

    private static boolean capitalisedWord(String part) {
        return part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && part.chars().allMatch(Character::isLetter);
    }

    /** Adds the token, with its clitic or sentence-final stop split off. */
    private void refine(String text, Span token, List<Span> out) {
        String word = token.of(text);
        int cut = clitic(word);
        if (cut == 0 && finalStop(word)) {
            cut = word.length() - 1;
        }
        out.addAll(token.cutAt(cut));
    }

    /** A word with a full stop that ends the sentence rather than an abbreviation: letters, then one stop. */
    boolean finalStop(String word) {
        int n = word.length() - 1;
        if (n < 2 || word.charAt(n) != '.') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !abbreviations.contains(word.substring(0, n).toLowerCase(Locale.ROOT));
    }

    /** Where the clitic starts in the token, or 0 when it has none (or is nothing but the clitic). */
    static int clitic(String token) {
        String t = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String suffix : SUFFIXES) {
            if (t.endsWith(suffix) && t.length() > suffix.length() && Character.isLetter(t.charAt(t.length() - suffix.length() - 1))) {
                return t.length() - suffix.length();
            }
        }
        // Plural possessive: "firms'" but not a lone quote mark.
        if (t.length() > 2 && t.endsWith("s'") && Character.isLetter(t.charAt(t.length() - 3))) {
            return t.length() - 1;
        }
        return 0;
    }
}
