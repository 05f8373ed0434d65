package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How consistently a labelled corpus labels the same string. Every occurrence of a string that the corpus labels
 * as a name somewhere is one of: a name of some type (exactly that span), unlabelled (none of its tokens in a
 * name), or part of a different name. A string's majority label is its most frequent type or "unlabelled" (parts
 * of other names do not vote; ties go to the type). Two kinds of occurrence disagree with it: a name of another
 * type, or left unlabelled (for a string mostly labelled; a string mostly unlabelled, such as CoNLL's "The", counts
 * its few names as against the majority instead). A corpus whose annotators agree with themselves has few of
 * both; some is genuine ambiguity (a country that is also a national team). Strings match exactly, case
 * included.
 *
 * <p>Used to tell what limits a recogniser on a corpus: inconsistent labels, or too little data. Stateless and
 * thread-safe.
 *
 * @param names           the corpus's names
 * @param againstMajority names whose type is not their string's majority label
 * @param unlabelled      occurrences, outside any name, of strings mostly labelled as names
 */
public record LabelConsistency(int names, int againstMajority, int unlabelled) {

    private static final String UNLABELLED = "O";
    private static final String PART = "part";

    public LabelConsistency {
        if (names < 0 || againstMajority < 0 || unlabelled < 0) {
            throw new IllegalArgumentException("negative count: " + names + ", " + againstMajority + ", "
                    + unlabelled);
        }
    }

    /** Measures a corpus; linear in its tokens times the length of its longest name. */
    public static LabelConsistency of(List<LabeledDocument> corpus) {
        Map<List<String>, Map<String, Integer>> outcomes = new HashMap<>();
        int names = 0;
        int longest = 0;
        for (LabeledDocument d : corpus) {
            for (LabeledSentence s : d.sentences()) {
                for (NameSpan n : s.names()) {
                    outcomes.putIfAbsent(s.tokens().subList(n.start(), n.end()), new HashMap<>());
                    longest = Math.max(longest, n.end() - n.start());
                    names++;
                }
            }
        }
        for (LabeledDocument d : corpus) {
            for (LabeledSentence s : d.sentences()) {
                countOccurrences(s, outcomes, longest);
            }
        }
        int against = 0;
        int unlabelled = 0;
        for (Map<String, Integer> o : outcomes.values()) {
            String majority = majority(o);
            for (Map.Entry<String, Integer> e : o.entrySet()) {
                if (e.getKey().equals(UNLABELLED)) {
                    unlabelled += majority.equals(UNLABELLED) ? 0 : e.getValue();
                } else if (!e.getKey().equals(PART) && !e.getKey().equals(majority)) {
                    against += e.getValue();
                }
            }
        }
        return new LabelConsistency(names, against, unlabelled);
    }

    /** Names against their string's majority label, as a percentage of all names. */
    public double againstMajorityPercent() {
        return percent(againstMajority);
    }

    /** Unlabelled repeats of names, as a percentage of all names. */
    public double unlabelledPercent() {
        return percent(unlabelled);
    }

    private double percent(int count) {
        return names == 0 ? 0 : 100.0 * count / names;
    }

    private static void countOccurrences(LabeledSentence s, Map<List<String>, Map<String, Integer>> outcomes,
                                         int longest) {
        Map<Long, String> exact = new HashMap<>();
        s.names().forEach(n -> exact.put(key(n.start(), n.end()), n.type().name()));
        EntityType[] inName = s.typeOfTokens();
        for (int start = 0; start < s.size(); start++) {
            for (int end = start + 1; end <= Math.min(s.size(), start + longest); end++) {
                Map<String, Integer> o = outcomes.get(s.tokens().subList(start, end));
                if (o != null) {
                    o.merge(outcome(exact.get(key(start, end)), inName, start, end), 1, Integer::sum);
                }
            }
        }
    }

    private static String outcome(String exactType, EntityType[] inName, int start, int end) {
        if (exactType != null) {
            return exactType;
        }
        for (int i = start; i < end; i++) {
            if (inName[i] != null) {
                return PART;
            }
        }
        return UNLABELLED;
    }

    private static String majority(Map<String, Integer> outcomes) {
        return outcomes.entrySet().stream()
                .filter(e -> !e.getKey().equals(PART))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(PART);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }
}
