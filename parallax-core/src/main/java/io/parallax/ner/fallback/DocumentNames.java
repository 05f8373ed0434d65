package io.parallax.ner.fallback;

import io.parallax.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first pass found across a document, to find the same names again where local evidence is missing:
 * a person written in full once and by surname later ("Oleksandr Schurawljow" … "Schurawljow"), an acronym
 * defined once ("(DWD)" … "DWD"), a place or organisation repeated at a sentence's start. Confined to one call.
 */
final class DocumentNames {

    /** A first-pass name below this confidence does not spread. */
    static final double MIN_CONFIDENCE = 0.5;
    private static final int MAX_TOKENS = 4;
    private static final int MIN_LETTERS = 3;
    /** Shortest last part of a dotted name that spreads: two Han characters are a name (迪尔). */
    private static final int MIN_DOTTED_PART = 2;

    private record Known(EntityType type, double confidence) {
    }

    private final Map<String, Known> known = new HashMap<>();
    private final Map<String, Known> surnames = new HashMap<>();

    /** Collects the names of the first pass: one list of chosen candidates per line. */
    static DocumentNames of(List<Line> lines, List<List<Candidate>> chosen) {
        DocumentNames names = new DocumentNames();
        for (int k = 0; k < lines.size(); k++) {
            for (Candidate c : chosen.get(k)) {
                if (c.confidence() >= MIN_CONFIDENCE && c.evidence() != Evidence.CAPITALISED) {
                    names.learn(lines.get(k), c);
                }
            }
        }
        // a person introduced in full makes the surname alone a person, even where it also names a place
        names.known.putAll(names.surnames);
        return names;
    }

    private void learn(Line line, Candidate c) {
        put(known, line.lower(c.start(), c.end()), c.type(), c.confidence());
        if (c.evidence() == Evidence.DOTTED_NAME) {
            learnLastPart(line, c);
        } else if (c.type() == EntityType.PER && c.length() >= 2) {
            Word last = line.word(c.end() - 1);
            if (last.letters >= MIN_LETTERS && !line.never(c.end() - 1)) {
                put(surnames, last.lower, EntityType.PER, c.confidence());
            }
        }
    }

    /** The part after a dotted name's last dot, however many tokens segmentation made of it ("特 朗 普"). */
    private void learnLastPart(Line line, Candidate c) {
        int from = c.end();
        while (from > c.start() && !line.word(from - 1).isNameDot()) {
            from--;
        }
        int letters = 0;
        for (int k = from; k < c.end(); k++) {
            letters += line.word(k).letters;
        }
        if (letters >= MIN_DOTTED_PART && c.end() - from <= MAX_TOKENS) {
            put(surnames, line.lower(from, c.end()), EntityType.PER, c.confidence());
        }
    }

    private static void put(Map<String, Known> map, String key, EntityType type, double confidence) {
        Known old = map.get(key);
        if (old == null || old.confidence() < confidence) {
            map.put(key, new Known(type, confidence));
        }
    }

    /** True when the document names a person whose last name is {@code lower}. */
    boolean isPerson(String lower) {
        return surnames.containsKey(lower);
    }

    /**
     * Proposes, for every run of upper-initial words that no first-pass name covers, the longest one the document
     * already knows as a name.
     *
     * @param covered per token: true when a first-pass name covers it
     */
    void propose(Line line, Chart chart, boolean[] covered) {
        if (known.isEmpty()) {
            return;
        }
        double c = line.model().config().of(Evidence.DOCUMENT);
        for (int i = 0; i < line.size(); i++) {
            if (covered[i] || !line.word(i).nameShaped() || line.never(i)) {
                continue;
            }
            int max = i;
            while (max < Math.min(line.size(), i + MAX_TOKENS) && !covered[max]) {
                max++;
            }
            for (int end = max; end > i; end--) {
                Known k = match(line, i, end);
                if (k != null) {
                    chart.add(i, end, k.type(), Evidence.DOCUMENT, Math.min(1, k.confidence() / c));
                    break;
                }
            }
        }
    }

    private Known match(Line line, int start, int end) {
        if (!line.word(end - 1).nameShaped()) {
            return null;
        }
        String prefix = end - start > 1 ? line.lower(start, end - 1) + " " : "";
        for (String form : line.cues().forms(line.word(end - 1).lower)) {   // "Schurawljows" → "Schurawljow"
            Known k = known.get(prefix + form);
            if (k != null) {
                return k;
            }
        }
        return null;
    }
}
