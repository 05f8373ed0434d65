package io.parallax.claim;

import io.parallax.model.Document;
import io.parallax.model.Mention;
import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.Statement;
import io.parallax.model.Statement.Quantity;
import io.parallax.model.TimeExpression;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a document's sentences into statements that can be compared across sources: each sentence with its names,
 * normalised quantities ("800 km", "fyra femtedelar" = 0.8, "a few helicopters"), negation and hedging. Stateless
 * and thread-safe.
 */
public final class StatementExtractor {

    /** Headlines and fragments ("Questions abound") carry no comparable claim. */
    static final int MIN_WORDS = 5;

    /**
     * @param document  the document
     * @param language  its language (ISO 639-1)
     * @param sentences its sentences
     * @param mentions  its name mentions
     * @param times     its time expressions: numbers inside them are dates, not quantities
     * @param lexicon   the language's claim words
     * @return one statement per sentence that is long enough to claim something
     */
    public List<Statement> extract(Document document, String language, List<Sentence> sentences,
                                   List<Mention> mentions, List<TimeExpression> times, ClaimLexicon lexicon) {
        List<Statement> out = new ArrayList<>();
        int bodyEnd = document.bodyEnd();
        for (Sentence s : sentences) {
            // the trailer (author bio, publication note) claims nothing about the news
            if (s.start() >= bodyEnd || wordCount(s) < MIN_WORDS) {
                continue;
            }
            List<Mention> inside = mentions.stream().filter(m -> s.contains(m.start())).toList();
            List<Quantity> quantities = quantities(document.id(), s, times, lexicon);
            boolean hedged = s.tokens().stream().anyMatch(t -> lexicon.hedges().contains(lower(t)));
            double confidence = hedged ? 0.6 : 0.8;
            out.add(new Statement(s.text(), new Provenance(document.id(), s.start(), s.end(), confidence), language,
                    inside, quantities, negated(s, lexicon)));
        }
        return out;
    }

    private static boolean negated(Sentence s, ClaimLexicon lexicon) {
        return s.tokens().stream().anyMatch(t -> lexicon.negations().contains(lower(t)));
    }

    private static final Pattern SPACES = Pattern.compile("[\u00A0\u202F ]");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([,.]\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d+");

    /** Numbers in digits or words, with the word after them as the unit; fractions get the unit "fraction". */
    static List<Quantity> quantities(String doc, Sentence s, List<TimeExpression> times, ClaimLexicon lexicon) {
        List<Quantity> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (insideTime(t, times)) {
                continue;
            }
            Double value = number(t, lexicon);
            if (value == null) {
                Double fraction = lexicon.fractions().get(lower(t));
                if (fraction != null) {
                    out.add(quantity(doc, fraction, "fraction", t, t));
                }
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && thousandsGroup(tokens.get(j - 1), tokens.get(j))) {
                value = value * 1000 + Double.parseDouble(tokens.get(j).text());   // "1 200" in French or Swedish
                j++;
            }
            while (j < tokens.size() && !isDigits(tokens.get(j)) && number(tokens.get(j), lexicon) != null
                    && value < 100) {
                value *= number(tokens.get(j), lexicon);   // "two hundred", "flera hundra", "2 millions"
                j++;
            }
            if (j < tokens.size() && lexicon.fractions().containsKey(lower(tokens.get(j)))) {
                out.add(quantity(doc, value * lexicon.fractions().get(lower(tokens.get(j))), "fraction", t, tokens.get(j)));
                i = j;
                continue;
            }
            String unit = j < tokens.size() && isWord(tokens.get(j)) ? lower(tokens.get(j)) : "";
            out.add(quantity(doc, value, unit, t, j < tokens.size() && !unit.isEmpty() ? tokens.get(j) : tokens.get(j - 1)));
            i = j - 1;
        }
        return out;
    }

    private static Quantity quantity(String doc, double value, String unit, Token first, Token last) {
        return new Quantity(value, unit, new Provenance(doc, first.start(), last.end(), 0.8));
    }

    private static Double number(Token t, ClaimLexicon lexicon) {
        String w = t.text();
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return digits(w);
        }
        return lexicon.numberWords().get(lower(t));
    }

    /**
     * A number written in digits, or null. Separators followed by groups of three digits are thousands
     * ({@code 1,124}, {@code 1.200.000}, {@code 12 000}); a comma before one, two or four or more digits is a decimal
     * comma ({@code 2,5} in Swedish, French or German); a single dot is a decimal point; both kinds of separator
     * together are read either way round ({@code 1,234.5}, {@code 1.234,5}).
     */
    static Double digits(String w) {
        String plain = SPACES.matcher(w).replaceAll("");
        if (THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(",", "").replace(".", "");
        } else if (COMMA_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        } else if (DOT_THOUSANDS.matcher(plain).matches()) {
            plain = plain.replace(".", "").replace(',', '.');
        } else {
            plain = plain.replace(',', '.');
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether {@code next} continues {@code previous} as the next group of three digits: "1 200", "12 000". */
    private static boolean thousandsGroup(Token previous, Token next) {
        return next.start() == previous.end() + 1 && isDigits(previous) && previous.text().length() <= 3
                && isDigits(next) && next.text().length() == 3;
    }

    private static boolean isDigits(Token t) {
        return !t.text().isEmpty() && t.text().chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean insideTime(Token t, List<TimeExpression> times) {
        return times.stream().anyMatch(x -> t.start() >= x.provenance().start() && t.end() <= x.provenance().end());
    }

    private static boolean isWord(Token t) {
        return t.text().chars().allMatch(Character::isLetter);
    }

    private static int wordCount(Sentence s) {
        return (int) s.tokens().stream().filter(StatementExtractor::isWord).count();
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    static Set<String> contentWords(Statement s, Set<String> stopWords) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : s.text().split("[^\\p{L}]+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.length() >= 4 && !stopWords.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }
}
