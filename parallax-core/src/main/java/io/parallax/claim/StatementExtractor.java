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
            while (j < tokens.size() && number(tokens.get(j), lexicon) != null && value < 100) {
                value *= number(tokens.get(j), lexicon);   // "two hundred", "flera hundra"
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
            try {
                return Double.parseDouble(w.replaceAll("[,\u00A0 ]", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return lexicon.numberWords().get(lower(t));
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
