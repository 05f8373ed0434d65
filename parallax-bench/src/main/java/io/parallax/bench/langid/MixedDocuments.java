package io.parallax.bench.langid;

import io.parallax.bench.langid.LangidData.Kind;
import io.parallax.lang.LanguageIdentifier;
import io.parallax.lang.ParagraphLanguages;
import io.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mixed-language documents built from held-out sentences: each has four paragraphs alternating between two random
 * languages (A B A B), one or two sentences each. Measures the share of paragraphs whose language
 * {@link ParagraphLanguages} gets right, against labelling the whole document with one language. Stateless.
 */
final class MixedDocuments {

    static final int DOCUMENTS = 300;
    static final long SEED = 7L;

    private MixedDocuments() {
    }

    static void report(LangidData data, LanguageIdentifier id, StringBuilder out) {
        Random random = new Random(SEED);
        List<String> langs = data.languages();
        ParagraphLanguages paragraphs = new ParagraphLanguages(id);
        int right = 0;
        int wholeRight = 0;
        int total = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
            String a = langs.get(random.nextInt(langs.size()));
            String b = langs.get(random.nextInt(langs.size()));
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            List<String> truth = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                String lang = p % 2 == 0 ? a : b;
                int start = text.length();
                text.append(paragraph(data, lang, random));
                spans.add(new Span(start, text.length()));
                truth.add(lang);
                text.append("\n\n");
            }
            ParagraphLanguages.Result r = paragraphs.identify(text.toString(), spans);
            String whole = id.identify(text).language();
            for (int p = 0; p < 4; p++) {
                right += r.paragraphs().get(p).guess().language().equals(truth.get(p)) ? 1 : 0;
                wholeRight += whole.equals(truth.get(p)) ? 1 : 0;
                total++;
            }
        }
        out.append(String.format(Locale.ROOT, "Mixed documents: %d documents of four paragraphs alternating between two "
                        + "random languages (A B A B, one or two held-out sentences each, seed %d). Paragraphs labelled "
                        + "right: **%.1f%%** per paragraph (`ParagraphLanguages`), against %.1f%% when the whole "
                        + "document gets one language.%n%n",
                DOCUMENTS, SEED, 100.0 * right / total, 100.0 * wholeRight / total));
    }

    private static String paragraph(LangidData data, String lang, Random random) {
        List<String> sentences = data.heldOut().get(Kind.SENTENCES).get(lang);
        int n = 1 + random.nextInt(2);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            p.append(i > 0 ? " " : "").append(sentences.get(random.nextInt(sentences.size())));
        }
        return p.toString();
    }
}
