package io.parallax.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: {@code \w+} tokens (Unicode), multisets of 4-token shingles, per page
 * tp/fp/fn normalised to sum 1, precision and recall averaged over pages (pages with nothing predicted and nothing
 * expected are left out of the respective mean), and F1 from the two means. Same as
 * {@code ../shared/tools/score_extraction.py}.
 */
public final class ShingleMetric {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Precision, recall and F1 of one system. */
    public record Score(double f1, double precision, double recall) {
    }

    /** Normalised tp/fp/fn of one page. */
    public record Page(double tp, double fp, double fn) {
    }

    private ShingleMetric() {
    }

    public static Score score(Map<String, String> truth, Map<String, String> predicted) {
        double p = 0;
        double r = 0;
        int np = 0;
        int nr = 0;
        for (var e : truth.entrySet()) {
            Page pg = page(e.getValue(), predicted.getOrDefault(e.getKey(), ""));
            if (pg.tp + pg.fp > 0) {
                p += precision(pg);
                np++;
            }
            if (pg.tp + pg.fn > 0) {
                r += recall(pg);
                nr++;
            }
        }
        double mp = np == 0 ? 0 : p / np;
        double mr = nr == 0 ? 0 : r / nr;
        return new Score(mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr), mp, mr);
    }

    public static Page page(String truth, String predicted) {
        Map<List<String>, Integer> a = shingles(truth);
        Map<List<String>, Integer> b = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : a.entrySet()) {
            int inB = b.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inB);
            fn += Math.max(0, e.getValue() - inB);
        }
        for (var e : b.entrySet()) {
            fp += Math.max(0, e.getValue() - a.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s == 0 ? new Page(0, 0, 0) : new Page(tp / s, fp / s, fn / s);
    }

    static double precision(Page p) {
        if (p.fp == 0 && p.fn == 0) {
            return 1;
        }
        return p.tp == 0 && p.fp == 0 ? 0 : p.tp / (p.tp + p.fp);
    }

    static double recall(Page p) {
        if (p.fp == 0 && p.fn == 0) {
            return 1;
        }
        return p.tp == 0 && p.fn == 0 ? 0 : p.tp / (p.tp + p.fn);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> t = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            t.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        // As in the reference: a text shorter than N tokens is one (short) shingle.
        int count = Math.max(1, t.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> sh = t.subList(i, Math.min(t.size(), i + N));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }
}
