package io.parallax.testing;

import io.parallax.model.Document;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Provenance;
import io.parallax.model.Sentence;
import io.parallax.model.Span;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds small documents for stage tests without depending on a language pack: paragraphs split on blank lines,
 * sentences on final punctuation, tokens on letters/digits/punctuation, and mentions by naming their surface forms.
 * Deliberately simple, so that stage tests test the stage and not the tokeniser.
 */
public final class TestDocs {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"\u201D]?|$)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|\\S");

    private TestDocs() {
    }

    public static Document document(String id, String text) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+(?:\\n(?!\\n)[^\\n]+)*").matcher(text);
        while (m.find()) {
            paragraphs.add(new Span(m.start(), m.end()));
        }
        return new Document(id, null, null, List.of(), null, null, text, paragraphs, Map.of());
    }

    public static List<Sentence> sentences(Document doc) {
        List<Sentence> out = new ArrayList<>();
        for (Span p : doc.paragraphs()) {
            Matcher m = SENTENCE.matcher(p.of(doc.text()));
            while (m.find()) {
                int start = p.start() + m.start();
                int end = p.start() + m.end();
                while (start < end && Character.isWhitespace(doc.text().charAt(start))) {
                    start++;
                }
                if (start < end) {
                    out.add(sentence(out.size(), doc.text(), start, end));
                }
            }
        }
        return out;
    }

    private static Sentence sentence(int index, String text, int start, int end) {
        String s = text.substring(start, end);
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(new Token(m.group(), start + m.start(), start + m.end(), null, null));
        }
        return new Sentence(index, start, end, s, tokens);
    }

    /** Mentions of each surface form at every occurrence, e.g. {@code mentions(doc, "Putin", PER, "Kremlin", ORG)}. */
    public static List<Mention> mentions(Document doc, List<Sentence> sentences, Object... formAndType) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < formAndType.length; i += 2) {
            String form = (String) formAndType[i];
            EntityType type = (EntityType) formAndType[i + 1];
            Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(form) + "(?!\\p{L})").matcher(doc.text());
            while (m.find()) {
                int at = m.start();
                int sentence = sentences.stream().filter(s -> s.contains(at)).findFirst().map(Sentence::index).orElse(0);
                out.add(new Mention(form, type, new Provenance(doc.id(), m.start(), m.end(), 0.9), sentence));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }
}
