package io.parallax.pack.en;

import io.parallax.model.Span;
import io.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * English tokenisation in the Universal Dependencies convention: a base tokeniser's tokens with clitics split off
 * ({@code Putin's → Putin 's}, {@code don't → do n't}, {@code they're → they 're}, {@code firms' → firms '}).
 * OpenNLP's English UD tokeniser model keeps clitics attached, while the UD tagger and lemmatiser, like the NER
 * stage, expect them apart.
 *
 * <p>Thread-safe when the base tokeniser is.
 */
public final class EnglishTokenizer implements Tokenizer {

    private static final String[] SUFFIXES = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

    private final Tokenizer base;

    public EnglishTokenizer(Tokenizer base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public List<Span> tokenize(String text) {
        List<Span> out = new ArrayList<>();
        for (Span token : base.tokenize(text)) {
            int cut = clitic(token.of(text));
            if (cut > 0) {
                out.add(new Span(token.start(), token.start() + cut));
                out.add(new Span(token.start() + cut, token.end()));
            } else {
                out.add(token);
            }
        }
        return out;
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
