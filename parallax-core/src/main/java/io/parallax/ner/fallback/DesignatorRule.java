package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.fallback.NerCues.Kind;

/**
 * Companies by their legal form: name words followed by a capitalised designator ("Siemens AG", "Renault SA",
 * "Volvo AB"), the designator included. A lower-case "sa" (French "his") is no designator. Stateless.
 */
final class DesignatorRule {

    private static final int MAX_WORDS = 5;

    private DesignatorRule() {
    }

    static void propose(Line line, Chart chart) {
        for (int d = 1; d < line.size(); d++) {
            if (line.word(d).upperInitial() && line.is(Kind.ORG_DESIGNATOR, d)) {
                int start = start(line, d);
                if (start < d) {
                    chart.add(start, d + 1, EntityType.ORG, Evidence.ORG_DESIGNATOR);
                }
            }
        }
    }

    /** The first token of the name before the designator at {@code d}; {@code d} when there is none. */
    private static int start(Line line, int d) {
        int start = d;
        for (int i = d - 1; i >= 0 && i >= d - MAX_WORDS; i--) {
            Word w = line.word(i);
            if (w.upperInitial() && !line.never(i) && !line.is(Kind.ORG_DESIGNATOR, i)) {
                start = i;
            } else if (!(line.connector(i) || line.is(Kind.ORG_CONNECTOR, i) || w.text.equals("&"))) {
                break;
            }
        }
        return start;
    }
}
