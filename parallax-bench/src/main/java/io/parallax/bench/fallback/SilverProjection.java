package io.parallax.bench.fallback;

import io.parallax.bench.fallback.LineAnalysis.Found;
import io.parallax.bench.fallback.LineAnalysis.LineToken;
import io.parallax.link.NameConventions;
import io.parallax.link.NameKeys;
import io.parallax.model.EntityType;
import io.parallax.ner.fallback.PlaceIndex;
import opennlp.tools.util.StringUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Silver names for a translation, projected from the names found in the English original: an English name is
 * found again in the aligned line of the translation when a run of capitalised tokens there has the same
 * {@link NameKeys name keys} word by word (allowing a case ending of up to three letters, "Trumps", and one
 * differing letter in words of five letters or more, "Трамп"). With {@code places} set, an English place that
 * the translation renames (Germany, Deutschland) is also found through the gazetteer: a run whose key names the
 * same place. A line where some English name could not be found is incomplete: precision is counted only on
 * complete lines, since an unprojected name there would count as a false positive.
 */
final class SilverProjection {

    /** The silver names of a translation, and which of its lines are complete. */
    record Result(List<Found> gold, boolean[] complete, int english, int projected) {
    }

    private static final int MAX_ENDING = 3;
    private static final int MAX_PLACE_TOKENS = 3;

    private final NameKeys keys;
    private final PlaceIndex places;

    /** @param places the gazetteer index for place projection, or null for name matching only */
    SilverProjection(NameKeys keys, PlaceIndex places) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.places = places;
    }

    Result project(LineAnalysis english, List<Found> names, LineAnalysis target, NameConventions conventions) {
        List<List<LineToken>> enTokens = english.tokensByLine();
        List<List<LineToken>> tokens = target.tokensByLine();
        boolean[] complete = new boolean[target.lines.size()];
        java.util.Arrays.fill(complete, true);
        List<Found> gold = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int projected = 0;
        for (Found n : names) {
            List<String> words = words(english.lines.get(n.line()), enTokens.get(n.line()), n);
            List<LineToken> line = tokens.get(n.line());
            String occurrence = n.line() + "|" + String.join(" ", words);
            int k = seen.merge(occurrence, 1, Integer::sum) - 1;
            int[] span = words.isEmpty() ? null : match(words, line, conventions, k);
            if (span == null && places != null && n.type() == EntityType.LOC) {
                span = place(String.join(" ", words), line, k);
            }
            if (span == null) {
                complete[n.line()] = false;
                continue;
            }
            projected++;
            add(gold, new Found(n.line(), line.get(span[0]).start(), line.get(span[1] - 1).end(), n.type(), null));
        }
        return new Result(gold, complete, names.size(), projected);
    }

    /** Name keys of the English name's words, without a leading article or a final possessive. */
    private List<String> words(String lineText, List<LineToken> lineTokens, Found n) {
        List<String> out = new ArrayList<>();
        for (LineToken t : lineTokens) {
            if (t.start() >= n.start() && t.end() <= n.end()) {
                String w = t.text();
                if (out.isEmpty() && w.equalsIgnoreCase("the") || w.equals("'s") || w.equals("'")) {
                    continue;
                }
                String k = keys.key(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
                if (!k.isEmpty()) {
                    out.addAll(NameKeys.words(k));
                }
            }
        }
        return out;
    }

    /** The {@code k}-th run of target tokens matching {@code words}, as {@code [first, end)}; or null. */
    private int[] match(List<String> words, List<LineToken> line, NameConventions conventions, int k) {
        List<String[]> lineKeys = new ArrayList<>();
        for (LineToken t : line) {
            lineKeys.add(new String[]{keys.key(t.text()), keys.key(t.text(), conventions)});
        }
        int found = 0;
        for (int j = 0; j < line.size(); j++) {
            int end = matchAt(words, line, lineKeys, j);
            if (end > 0 && (found++ == k)) {
                return new int[]{j, end};
            }
        }
        return null;
    }

    private static int matchAt(List<String> words, List<LineToken> line, List<String[]> lineKeys, int j) {
        if (!capitalised(line.get(j).text())) {
            return -1;
        }
        int pos = j;
        for (String w : words) {
            while (pos > j && pos < line.size() && lineKeys.get(pos)[0].isEmpty()) {
                pos++;
            }
            if (pos >= line.size() || !(same(w, lineKeys.get(pos)[0]) || same(w, lineKeys.get(pos)[1]))) {
                return -1;
            }
            pos++;
        }
        return pos;
    }

    /** Same word, up to a case ending or, in longer words, one letter. */
    static boolean same(String english, String target) {
        if (target.isEmpty() || target.indexOf(' ') >= 0) {
            return false;
        }
        if (target.equals(english)) {
            return true;
        }
        if (english.length() >= 3 && target.startsWith(english) && target.length() - english.length() <= MAX_ENDING) {
            return true;
        }
        return english.length() >= 5 && Math.abs(english.length() - target.length()) <= 1
                && StringUtil.levenshteinDistance(english, target)[english.length()][target.length()] <= 1;
    }

    private int[] place(String englishKey, List<LineToken> line, int k) {
        PlaceIndex.Hit hit = places.lookup(englishKey);
        if (hit == null) {
            return null;
        }
        int found = 0;
        for (int j = 0; j < line.size(); j++) {
            if (!capitalised(line.get(j).text())) {
                continue;
            }
            for (int len = Math.min(MAX_PLACE_TOKENS, line.size() - j); len >= 1; len--) {
                if (samePlace(hit, line.subList(j, j + len)) && found++ == k) {
                    return new int[]{j, j + len};
                }
            }
        }
        return null;
    }

    private boolean samePlace(PlaceIndex.Hit hit, List<LineToken> run) {
        StringBuilder sb = new StringBuilder();
        for (LineToken t : run) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.text());
        }
        String text = sb.toString();
        for (int cut = 0; cut <= 2 && text.length() - cut >= 3; cut++) {
            PlaceIndex.Hit h = places.lookup(keys.key(text.substring(0, text.length() - cut)));
            if (h != null && h.id().equals(hit.id())) {
                return true;
            }
        }
        return false;
    }

    /** Adds a silver name unless it overlaps a longer one; replaces shorter ones it overlaps. */
    private static void add(List<Found> gold, Found f) {
        for (int i = 0; i < gold.size(); i++) {
            Found g = gold.get(i);
            if (g.line() == f.line() && g.start() < f.end() && f.start() < g.end()) {
                if (g.end() - g.start() >= f.end() - f.start()) {
                    return;
                }
                gold.remove(i--);
            }
        }
        gold.add(f);
    }

    private static boolean capitalised(String token) {
        int cp = token.isEmpty() ? 'a' : token.codePointAt(0);
        return Character.isUpperCase(cp) || (Character.isLetter(cp) && !Character.isLowerCase(cp));
    }

}
