package io.parallax.text.ud;

import io.parallax.model.Span;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.Tagger;
import io.parallax.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a language's text components against treebank sentences: tokenisation and sentence-splitting F1 (exact
 * spans), UPOS accuracy on gold tokens, and lemma accuracy on gold tokens with predicted tags (exact,
 * case-sensitive match). Stateless.
 */
public final class TextEvaluator {

    private TextEvaluator() {
    }

    /** Precision, recall and F1 of predicted spans against gold spans. */
    public record Prf(long gold, long predicted, long correct) {

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Accuracy: right answers out of all. */
    public record Accuracy(long total, long right) {

        public double value() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    /** Tokenisation of each sentence's raw text against its gold words. */
    public static Prf tokenization(Tokenizer tokenizer, List<UdSentence> sentences) {
        long gold = 0;
        long predicted = 0;
        long correct = 0;
        for (UdSentence s : sentences) {
            Set<Span> g = new HashSet<>(goldSpans(s.text(), s.forms()));
            List<Span> p = tokenizer.tokenize(s.text());
            gold += g.size();
            predicted += p.size();
            correct += p.stream().filter(g::contains).count();
        }
        return new Prf(gold, predicted, correct);
    }

    /**
     * Sentence splitting: the held-out sentences of each document are joined with a space into one text (in
     * groups of {@code perText}), split, and the spans compared.
     */
    public static Prf sentences(SentenceSplitter splitter, List<UdSentence> sentences, int perText) {
        long gold = 0;
        long predicted = 0;
        long correct = 0;
        for (int i = 0; i < sentences.size(); i += perText) {
            StringBuilder text = new StringBuilder();
            Set<Span> g = new HashSet<>();
            for (UdSentence s : sentences.subList(i, Math.min(sentences.size(), i + perText))) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                g.add(new Span(text.length(), text.length() + s.text().length()));
                text.append(s.text());
            }
            List<Span> p = splitter.split(text.toString());
            gold += g.size();
            predicted += p.size();
            correct += p.stream().filter(g::contains).count();
        }
        return new Prf(gold, predicted, correct);
    }

    /** UPOS accuracy and lemma accuracy (lemmas from predicted tags) on gold tokens. */
    public static Accuracy[] tagging(Tagger tagger, List<UdSentence> sentences) {
        long total = 0;
        long tagRight = 0;
        long lemmaRight = 0;
        for (UdSentence s : sentences) {
            String[] forms = s.forms();
            String[] tags = tagger.tag(forms);
            String[] lemmas = tagger.lemmatize(forms, tags);
            for (int i = 0; i < forms.length; i++) {
                total++;
                tagRight += s.tokens().get(i).upos().equals(tags[i]) ? 1 : 0;
                lemmaRight += s.tokens().get(i).lemma().equals(lemmas[i]) ? 1 : 0;
            }
        }
        return new Accuracy[]{new Accuracy(total, tagRight), new Accuracy(total, lemmaRight)};
    }

    /** The spans of the gold words in the raw text, found left to right; words not found are skipped. */
    static List<Span> goldSpans(String text, String[] forms) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String f : forms) {
            int at = text.indexOf(f, from);
            if (at >= 0) {
                out.add(new Span(at, at + f.length()));
                from = at + f.length();
            }
        }
        return out;
    }
}
