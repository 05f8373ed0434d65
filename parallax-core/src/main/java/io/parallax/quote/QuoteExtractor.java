package io.parallax.quote;

import io.parallax.model.Document;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Provenance;
import io.parallax.model.Quote;
import io.parallax.model.QuoteKind;
import io.parallax.model.Sentence;
import io.parallax.model.Span;
import io.parallax.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who said what in one document: direct quotations (in quotation marks, attributed through a nearby speech
 * verb and name) and reported speech ("X announced that …", "enligt X …"). Speakers are name mentions, or a
 * pronoun resolved to the latest person named before it. Language-specific words come from {@link QuoteCues}.
 * Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /** Quotations of fewer words without a speaker are scare quotes ("everything is fine"), not speech. */
    static final int MIN_UNATTRIBUTED_WORDS = 8;
    static final int MIN_DIRECT_WORDS = 3;
    static final int MIN_REPORTED_WORDS = 4;
    /** How far (in tokens) a speaker may stand from its speech verb. */
    static final int SPEAKER_REACH = 8;
    static final int MAX_QUOTE_CHARS = 4000;

    /**
     * @param document  the document
     * @param sentences its sentences, with tokens (and POS tags where the language has a tagger)
     * @param mentions  its name mentions
     * @param cues      the language's cues
     * @return the quotations in text order
     */
    public List<Quote> extract(Document document, List<Sentence> sentences, List<Mention> mentions, QuoteCues cues) {
        Context ctx = new Context(document, sentences, mentions, cues);
        List<Quote> quotes = new ArrayList<>(direct(ctx));
        quotes.addAll(reported(ctx, quotes));
        quotes.sort(Comparator.comparingInt(q -> q.provenance().start()));
        return quotes;
    }

    /** Everything one extraction needs, gathered once. */
    private record Context(Document document, List<Sentence> sentences, List<Mention> mentions, QuoteCues cues) {

        String text() {
            return document.text();
        }

        List<Token> tokensIn(int from, int to) {
            List<Token> out = new ArrayList<>();
            for (Sentence s : sentences) {
                if (s.end() <= from || s.start() >= to) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (t.start() >= from && t.end() <= to) {
                        out.add(t);
                    }
                }
            }
            return out;
        }

        Optional<Sentence> sentenceAt(int offset) {
            return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst();
        }

        Optional<Span> paragraphAt(int offset) {
            return document.paragraphs().stream().filter(p -> p.contains(offset)).findFirst();
        }
    }

    // ---- direct speech

    private List<Quote> direct(Context ctx) {
        List<Quote> out = new ArrayList<>();
        for (Span q : quotedSpans(ctx)) {
            String content = q.of(ctx.text()).strip();
            int words = wordCount(content);
            if (words < MIN_DIRECT_WORDS) {
                continue;
            }
            Optional<Attribution> who = attributeDirect(ctx, q);
            if (who.isEmpty() && words < MIN_UNATTRIBUTED_WORDS) {
                continue;
            }
            double confidence = who.map(Attribution::confidence).orElse(0.4);
            Span trimmed = trim(ctx.text(), q);
            out.add(new Quote(trimmed.of(ctx.text()), QuoteKind.DIRECT,
                    new Provenance(ctx.document().id(), trimmed.start(), trimmed.end(), confidence),
                    who.map(Attribution::cue).orElse(null), who.map(Attribution::speaker).orElse(null)));
        }
        return out;
    }

    /** Content spans (inside the marks) of quotations that open and close within one paragraph. */
    private static List<Span> quotedSpans(Context ctx) {
        String text = ctx.text();
        List<Span> paragraphs = ctx.document().paragraphs().isEmpty()
                ? List.of(new Span(0, text.length())) : ctx.document().paragraphs();
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            int i = p.start();
            while (i < p.end()) {
                int close = ctx.cues().closingFor(text.charAt(i));
                int end = close < 0 ? -1 : closingIndex(text, i + 1, Math.min(p.end(), i + 1 + MAX_QUOTE_CHARS), (char) close);
                if (end > i + 1) {
                    out.add(new Span(i + 1, end));
                    i = end + 1;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    private static int closingIndex(String text, int from, int to, char close) {
        for (int j = from; j < to; j++) {
            if (text.charAt(j) == close) {
                return j;
            }
        }
        return -1;
    }

    private record Attribution(Mention speaker, String cue, double confidence) {
    }

    /** A speech verb and a speaker right after the closing mark, or right before the opening mark. */
    private Optional<Attribution> attributeDirect(Context ctx, Span quote) {
        Span paragraph = ctx.paragraphAt(quote.start()).orElse(new Span(0, ctx.text().length()));
        List<Token> after = ctx.tokensIn(quote.end() + 1, Math.min(paragraph.end(), quote.end() + 160));
        Optional<Attribution> a = verbAndSpeaker(ctx, after.subList(0, Math.min(after.size(), 6)), after, quote.start());
        if (a.isPresent()) {
            return a;
        }
        List<Token> before = ctx.tokensIn(Math.max(paragraph.start(), quote.start() - 160), quote.start() - 1);
        List<Token> tail = before.subList(Math.max(0, before.size() - 5), before.size());
        return verbAndSpeaker(ctx, tail, before, quote.start());
    }

    /** Finds a speech verb among {@code verbZone} and its speaker among {@code window}. */
    private Optional<Attribution> verbAndSpeaker(Context ctx, List<Token> verbZone, List<Token> window,
                                                 int quoteStart) {
        for (Token verb : verbZone) {
            if (!ctx.cues().isSpeechVerb(verb.text())) {
                continue;
            }
            int v = window.indexOf(verb);
            Optional<Mention> speaker = speakerNear(ctx, window, v);
            if (speaker.isPresent()) {
                return Optional.of(new Attribution(speaker.get(), verb.text(), 0.9));
            }
            Optional<Mention> antecedent = pronounNear(ctx, window, v)
                    .flatMap(p -> lastPersonBefore(ctx, Math.min(p.start(), quoteStart)));
            if (antecedent.isPresent()) {
                return Optional.of(new Attribution(antecedent.get(), verb.text(), 0.7));
            }
        }
        return Optional.empty();
    }

    /** The person (else organisation) mention closest to token {@code v}, within reach. */
    private static Optional<Mention> speakerNear(Context ctx, List<Token> window, int v) {
        int from = window.get(Math.max(0, v - SPEAKER_REACH)).start();
        int to = window.get(Math.min(window.size() - 1, v + SPEAKER_REACH)).end();
        int at = window.get(v).start();
        return ctx.mentions().stream()
                .filter(m -> m.start() >= from && m.end() <= to)
                .filter(m -> m.type() == EntityType.PER || m.type() == EntityType.ORG)
                .min(Comparator.comparingInt((Mention m) -> m.type() == EntityType.PER ? 0 : 1)
                        .thenComparingInt(m -> Math.abs(m.start() - at)));
    }

    private static Optional<Token> pronounNear(Context ctx, List<Token> window, int v) {
        for (int i = Math.max(0, v - 2); i <= Math.min(window.size() - 1, v + 2); i++) {
            if (ctx.cues().pronouns().contains(window.get(i).text().toLowerCase(Locale.ROOT))) {
                return Optional.of(window.get(i));
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> lastPersonBefore(Context ctx, int offset) {
        return ctx.mentions().stream()
                .filter(m -> m.type() == EntityType.PER && m.end() <= offset)
                .max(Comparator.comparingInt(Mention::start));
    }

    // ---- reported speech

    private List<Quote> reported(Context ctx, List<Quote> direct) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            if (direct.stream().anyMatch(q -> s.contains(q.provenance().start()))) {
                continue;
            }
            reportedIn(ctx, s).or(() -> accordingTo(ctx, s)).ifPresent(out::add);
        }
        return out;
    }

    /** "SPEAKER … VERB [that] CONTENT": the first speech verb with a speaker before it and a clause after it. */
    private Optional<Quote> reportedIn(Context ctx, Sentence s) {
        List<Token> tokens = s.tokens();
        for (int v = 1; v < tokens.size() - 1; v++) {
            if (!ctx.cues().isSpeechVerb(tokens.get(v).text())) {
                continue;
            }
            Optional<Mention> speaker = subjectBefore(ctx, tokens, v);
            if (speaker.isEmpty()) {
                continue;
            }
            int c = v + 1;
            boolean complementizer = ctx.cues().complementizers().contains(tokens.get(c).text().toLowerCase(Locale.ROOT));
            if (complementizer) {
                c++;
            }
            if (c >= tokens.size() || !isClause(tokens.subList(c, tokens.size()), complementizer)) {
                continue;
            }
            Span content = trim(ctx.text(), new Span(tokens.get(c).start(), s.end()));
            if (wordCount(content.of(ctx.text())) < MIN_REPORTED_WORDS) {
                continue;
            }
            double confidence = complementizer ? 0.8 : 0.7;
            return Optional.of(new Quote(content.of(ctx.text()), QuoteKind.REPORTED,
                    new Provenance(ctx.document().id(), content.start(), content.end(), confidence),
                    tokens.get(v).text(), speaker.get()));
        }
        return Optional.empty();
    }

    /** The person or organisation named closest before the verb, or a pronoun standing for one. */
    private static Optional<Mention> subjectBefore(Context ctx, List<Token> tokens, int v) {
        int from = tokens.get(Math.max(0, v - SPEAKER_REACH)).start();
        int verbStart = tokens.get(v).start();
        Optional<Mention> named = ctx.mentions().stream()
                .filter(m -> m.start() >= from && m.end() <= verbStart)
                .filter(m -> m.type() == EntityType.PER || m.type() == EntityType.ORG)
                .max(Comparator.comparingInt((Mention m) -> m.type() == EntityType.PER ? 1 : 0)
                        .thenComparingInt(Mention::end));
        if (named.isPresent()) {
            return named;
        }
        Token previous = tokens.get(v - 1);
        if (ctx.cues().pronouns().contains(previous.text().toLowerCase(Locale.ROOT))) {
            return lastPersonBefore(ctx, previous.start());
        }
        return Optional.empty();
    }

    /**
     * Reported content must be a clause, not a noun phrase ("announced his intention to …"): after a
     * complementizer it is; otherwise it needs a finite verb, which without a tagger cannot be told.
     */
    private static boolean isClause(List<Token> content, boolean afterComplementizer) {
        if (afterComplementizer) {
            return true;
        }
        for (int i = 0; i < content.size(); i++) {
            String pos = content.get(i).pos();
            boolean infinitive = i > 0 && "PART".equals(content.get(i - 1).pos());
            if ("AUX".equals(pos) || ("VERB".equals(pos) && !infinitive)) {
                return true;
            }
        }
        return false;
    }

    /** "according to SPEAKER, CONTENT" and "CONTENT, according to SPEAKER". */
    private Optional<Quote> accordingTo(Context ctx, Sentence s) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        for (String phrase : ctx.cues().sourcePhrases()) {
            int at = indexOfWord(lower, phrase);
            if (at < 0) {
                continue;
            }
            int after = s.start() + at + phrase.length();
            Optional<Mention> speaker = ctx.mentions().stream()
                    .filter(m -> m.start() >= after && m.start() <= after + 2)
                    .filter(m -> m.type() == EntityType.PER || m.type() == EntityType.ORG)
                    .findFirst();
            if (speaker.isEmpty()) {
                continue;
            }
            Span content = at == 0 ? contentAfterComma(ctx.text(), speaker.get().end(), s.end())
                    : new Span(s.start(), s.start() + at);
            content = trim(ctx.text(), content);
            if (wordCount(content.of(ctx.text())) < MIN_REPORTED_WORDS) {
                continue;
            }
            return Optional.of(new Quote(content.of(ctx.text()), QuoteKind.REPORTED,
                    new Provenance(ctx.document().id(), content.start(), content.end(), 0.75), phrase, speaker.get()));
        }
        return Optional.empty();
    }

    private static Span contentAfterComma(String text, int from, int to) {
        int comma = text.indexOf(',', from);
        return new Span(comma >= 0 && comma < to ? comma + 1 : from, to);
    }

    private static int indexOfWord(String haystack, String phrase) {
        int at = haystack.indexOf(phrase);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(haystack.charAt(at - 1));
            int end = at + phrase.length();
            boolean endOk = end >= haystack.length() || !Character.isLetter(haystack.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            at = haystack.indexOf(phrase, at + 1);
        }
        return -1;
    }

    /** Drops surrounding white space and trailing punctuation from a span. */
    static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }

    static int wordCount(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
