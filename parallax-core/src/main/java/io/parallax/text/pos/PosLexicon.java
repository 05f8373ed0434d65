package io.parallax.text.pos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word knowledge the tagger's features look up, as one string map stored in the model:
 * <ul>
 *   <li>{@code word → "ADJ|NOUN"}: the tags a frequent training word had (its ambiguity class);</li>
 *   <li>{@code CONTEXT + word → "left|right|caps"}: the word's most frequent neighbour on each side among the most
 *       frequent words, and how often it is capitalised inside a sentence, from the training text and any
 *       unlabelled text. These distributional hints help with words seen too rarely to have an ambiguity class.
 *       (Unlabelled Swedish news and Talbanken text did not help on the held-out part, so the shipped model uses
 *       the training text only.)</li>
 * </ul>
 * Stateless.
 */
final class PosLexicon {

    /** Key prefix of the distributional entries. */
    static final String CONTEXT = "\u0001";
    static final int CONTEXT_WORDS = 150;

    private PosLexicon() {
    }

    /**
     * @param samples      gold sentences (words and tags)
     * @param unlabelled   more sentences without tags (words only), for the distributional entries
     * @param minWordCount training words seen at least this often get an ambiguity class
     */
    static Map<String, String> build(List<PerceptronTrainer.Sample> samples, List<String[]> unlabelled, int minWordCount) {
        Map<String, String> out = new HashMap<>(ambiguity(samples, minWordCount));
        out.putAll(contexts(samples, unlabelled));
        return out;
    }

    private static Map<String, String> ambiguity(List<PerceptronTrainer.Sample> samples, int minWordCount) {
        Map<String, TreeMap<String, Integer>> seen = new HashMap<>();
        for (PerceptronTrainer.Sample s : samples) {
            for (int i = 0; i < s.words().length; i++) {
                seen.computeIfAbsent(PosFeatures.lower(s.words()[i]), k -> new TreeMap<>()).merge(s.tags()[i], 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        seen.forEach((w, byTag) -> {
            if (byTag.values().stream().mapToInt(Integer::intValue).sum() >= minWordCount) {
                out.put(w, String.join("|", byTag.keySet()));
            }
        });
        return out;
    }

    private static Map<String, String> contexts(List<PerceptronTrainer.Sample> samples, List<String[]> unlabelled) {
        List<String[]> all = new java.util.ArrayList<>(unlabelled);
        samples.forEach(s -> all.add(s.words()));
        Map<String, Integer> freq = new HashMap<>();
        for (String[] s : all) {
            for (String w : s) {
                freq.merge(PosFeatures.lower(w), 1, Integer::sum);
            }
        }
        java.util.Set<String> frequent = new java.util.HashSet<>(freq.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(CONTEXT_WORDS)
                .map(Map.Entry::getKey).toList());
        Map<String, Map<String, Integer>> left = new HashMap<>();
        Map<String, Map<String, Integer>> right = new HashMap<>();
        Map<String, int[]> caps = new HashMap<>();
        for (String[] s : all) {
            for (int i = 0; i < s.length; i++) {
                String w = PosFeatures.lower(s[i]);
                String l = i > 0 ? PosFeatures.lower(s[i - 1]) : "<s>";
                String r = i + 1 < s.length ? PosFeatures.lower(s[i + 1]) : "</s>";
                if (frequent.contains(l) || l.equals("<s>")) {
                    left.computeIfAbsent(w, k -> new HashMap<>()).merge(l, 1, Integer::sum);
                }
                if (frequent.contains(r) || r.equals("</s>")) {
                    right.computeIfAbsent(w, k -> new HashMap<>()).merge(r, 1, Integer::sum);
                }
                if (i > 0 && !s[i].isEmpty() && Character.isLetter(s[i].charAt(0))) {
                    int[] c = caps.computeIfAbsent(w, k -> new int[2]);
                    c[0] += Character.isUpperCase(s[i].charAt(0)) ? 1 : 0;
                    c[1]++;
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        freq.forEach((w, n) -> {
            if (n >= 2) {
                int[] c = caps.getOrDefault(w, new int[2]);
                String capsBucket = c[1] == 0 ? "?" : c[0] * 4 / (c[1] + 1) + "";
                out.put(CONTEXT + w, top(left.get(w)) + "|" + top(right.get(w)) + "|" + capsBucket);
            }
        });
        return out;
    }

    private static String top(Map<String, Integer> counts) {
        return counts == null ? "?" : counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("?");
    }
}
