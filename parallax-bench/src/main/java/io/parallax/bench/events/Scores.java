package io.parallax.bench.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering scores over documents: B-cubed (per-document precision and recall of its cluster, averaged) and
 * pairwise (precision and recall of same-cluster document pairs). A document missing from the prediction counts as
 * a singleton.
 */
public record Scores(double precision, double recall) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static Scores bcubed(List<String> docs, Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> pSize = new HashMap<>();
        Map<String, Integer> gSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String d : docs) {
            String p = predicted.getOrDefault(d, "single:" + d);
            pSize.merge(p, 1, Integer::sum);
            gSize.merge(gold.get(d), 1, Integer::sum);
            both.merge(p + "\u0000" + gold.get(d), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (String d : docs) {
            String p = predicted.getOrDefault(d, "single:" + d);
            int inter = both.get(p + "\u0000" + gold.get(d));
            precision += (double) inter / pSize.get(p);
            recall += (double) inter / gSize.get(gold.get(d));
        }
        return new Scores(precision / docs.size(), recall / docs.size());
    }

    static Scores pairwise(List<String> docs, Map<String, String> predicted, Map<String, String> gold) {
        long tp = 0;
        long predictedPairs = 0;
        long goldPairs = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                String a = docs.get(i);
                String b = docs.get(j);
                boolean p = predicted.containsKey(a) && predicted.get(a).equals(predicted.get(b));
                boolean g = gold.get(a).equals(gold.get(b));
                predictedPairs += p ? 1 : 0;
                goldPairs += g ? 1 : 0;
                tp += p && g ? 1 : 0;
            }
        }
        return new Scores(predictedPairs == 0 ? 0 : (double) tp / predictedPairs, goldPairs == 0 ? 0 : (double) tp / goldPairs);
    }
}
