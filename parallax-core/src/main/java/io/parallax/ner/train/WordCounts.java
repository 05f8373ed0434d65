package io.parallax.ner.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The words of an unlabelled text, numbered in the order they are first seen, with how often each was counted: the
 * vocabulary that {@link BrownClusterer} and {@link EmbeddingClusterer} cluster. Not thread-safe.
 */
final class WordCounts {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private int[] counts = new int[1024];

    /** The id of a word, numbering it (from 0, in order) when it is new; does not count it. */
    int id(String w) {
        Integer id = ids.get(w);
        if (id != null) {
            return id;
        }
        int n = words.size();
        ids.put(w, n);
        words.add(w);
        if (n == counts.length) {
            counts = Arrays.copyOf(counts, n * 2);
        }
        return n;
    }

    void increment(int id) {
        counts[id]++;
    }

    int count(int id) {
        return counts[id];
    }

    String word(int id) {
        return words.get(id);
    }

    /** Words numbered so far. */
    int size() {
        return words.size();
    }

    /** Ids of the words counted at least {@code minCount} times, most frequent first (ties by spelling). */
    int[] frequent(int minCount) {
        return IntStream.range(0, words.size()).filter(i -> counts[i] >= minCount).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                        : words.get(a).compareTo(words.get(b)))
                .mapToInt(Integer::intValue).toArray();
    }
}
