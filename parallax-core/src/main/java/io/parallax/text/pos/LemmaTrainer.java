package io.parallax.text.pos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link LemmaModel} from (form, UPOS, lemma) triples: the most frequent lemma of each lexicon key and the
 * most frequent edit of each (UPOS, ending). Not thread-safe; one trainer per run.
 */
public final class LemmaTrainer {

    /** One training word. */
    public record Sample(String form, String upos, String lemma) {
    }

    private final Map<String, Map<String, Integer>> lexicon = new HashMap<>();
    private final Map<String, Map<String, Integer>> rules = new HashMap<>();

    public LemmaModel train(List<Sample> samples) {
        for (Sample s : samples) {
            count(lexicon, s.form() + "\t" + s.upos(), s.lemma());
            count(lexicon, LemmaModel.lower(s.form()) + "\t" + s.upos(), s.lemma());
            count(lexicon, LemmaModel.lower(s.form()) + "\t*", s.lemma());
            String word = LemmaModel.key(s.form(), s.upos());
            String edit = edit(word, s.lemma());
            for (int k = 0; k <= Math.min(LemmaModel.MAX_SUFFIX, word.length()); k++) {
                count(rules, s.upos() + "\t" + word.substring(word.length() - k), edit);
            }
        }
        return new LemmaModel(best(lexicon), best(rules));
    }

    /** "k|suffix": strip k letters from the word, then append suffix, to get the lemma. */
    static String edit(String word, String lemma) {
        int common = 0;
        while (common < word.length() && common < lemma.length() && word.charAt(common) == lemma.charAt(common)) {
            common++;
        }
        return (word.length() - common) + "|" + lemma.substring(common);
    }

    private static void count(Map<String, Map<String, Integer>> table, String key, String value) {
        table.computeIfAbsent(key, k -> new HashMap<>()).merge(value, 1, Integer::sum);
    }

    private static Map<String, String> best(Map<String, Map<String, Integer>> table) {
        Map<String, String> out = new HashMap<>();
        table.forEach((key, values) -> out.put(key, values.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return out;
    }
}
