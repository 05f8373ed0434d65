package io.parallax.pack.sv;

import io.parallax.model.Span;
import io.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule-based Swedish tokeniser following the Universal Dependencies Swedish conventions: abbreviations keep their
 * periods ({@code t.ex.}, {@code bl.a.}), hyphenated compounds and colon genitives stay whole ({@code EU-kommissionen},
 * {@code EU:s}, {@code 99:e}), a suspended compound keeps its hyphen ({@code utrikes- och}), numbers keep their
 * separators ({@code 1999.12.31}, {@code 2,6}, {@code 18.30}), URLs stay whole, and every quotation mark
 * ({@code « » ” “ „ "}) and other punctuation mark is a token of its own.
 *
 * <p>Immutable and thread-safe.
 */
public final class SwedishTokenizer implements Tokenizer {

    /** Abbreviations written with periods, lower case, as they appear in running text. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "t.ex.", "bl.a.", "s.k.", "dvs.", "d.v.s.", "osv.", "o.s.v.", "m.m.", "m.fl.", "mfl.", "kl.", "ca.",
            "p.g.a.", "pga.", "fr.o.m.", "t.o.m.", "f.d.", "e.d.", "el.", "ev.", "jfr.", "resp.", "nr.", "st.",
            "inkl.", "exkl.", "tel.", "vol.", "sid.", "s.", "m.a.o.", "o.d.", "o.likn.", "t.v.", "t.h.", "f.ö.",
            "bl.", "a.", "f.", "ff.", "mkr.", "milj.", "mdr.", "kr.", "proc.", "prof.", "dr.", "doc.", "fil.",
            "hr.", "fru.", "ang.", "enl.", "forts.", "uppl.", "avd.", "ex.", "obs.", "etc.", "gr.", "jan.", "feb.",
            "febr.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.", "mån.",
            "tis.", "ons.", "tors.", "fre.", "lör.", "sön.", "ung.", "vard.", "äv.", "o.dyl.", "ds.", "d.y.", "d.ä.");

    /** Abbreviations that often end a sentence; after them, an upper-case word starts a new one. */
    static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("osv.", "o.s.v.", "m.m.", "m.fl.", "mfl.", "etc.");

    private static final String ABBREVIATION_ALTERNATIVES = ABBREVIATIONS.stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).collect(Collectors.joining("|"));

    /**
     * The most joins (hyphens, apostrophes, separators) one word or number may have. Java's regex engine recurses
     * once per repetition of a group, so an unbounded chain ("a-b-c-…" thousands long) overflowed the stack; a
     * longer chain is cut into tokens of this many joins, and every character is still in a token.
     */
    static final int MAX_JOINS = 64;

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?:https?://|www\\.)[^\\s<>\"”»]+?(?=[.,;:!?)\\]'\"”»]*(?:\\s|$))",
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}",
            "(?<![\\p{L}\\p{N}])(?:" + ABBREVIATION_ALTERNATIVES + ")(?![\\p{L}\\p{N}])",
            "\\d+(?:[.,:/]\\d+){0," + MAX_JOINS + "}(?::[\\p{L}]{1,2}(?![\\p{L}]))?",
            "\\.{2,}|…",
            "[\\p{L}\\p{M}\\p{N}_]+(?:(?:[-‐'’&/]|:(?=\\p{L}{1,3}(?![\\p{L}])))[\\p{L}\\p{M}\\p{N}]+){0,"
                    + MAX_JOINS + "}"
                    + "(?:-(?=\\s*,|\\s+(?:och|eller|samt|som|respektive)\\b))?",
            "\\S"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public List<Span> tokenize(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }
}
