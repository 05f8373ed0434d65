package io.parallax.ner.fallback;

import io.parallax.ner.NameSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gives fewer names or none, never an exception; names always lie inside their sentence. */
class FallbackBadInputTest {

    private final FallbackNameFinder de = Fixtures.finder("de");
    private final FallbackNameFinder fr = Fixtures.finder("fr");

    @Test
    void emptyAndMissingInput() {
        assertThat(de.find(null)).isEmpty();
        assertThat(de.find(new String[0])).isEmpty();
        assertThat(de.findAll(null)).isEmpty();
        assertThat(de.findAll(List.of())).isEmpty();
        List<String[]> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(new String[0]);
        withNull.add(new String[]{null, "", "München"});
        assertThat(de.findAll(withNull)).hasSize(3);
    }

    @Test
    void veryLongTokens() {
        String[] t = {"in", "M" + "ü".repeat(10_000), "und", "X".repeat(10_000), "(", "A".repeat(10_000), ")"};
        assertInside(de.find(t), t.length);
        assertInside(fr.find(t), t.length);
    }

    @Test
    void sentencesOfFiveThousandTokens() {
        for (String word : List.of("Müller", "ABC", "(", "„")) {
            String[] t = new String[5_000];
            for (int i = 0; i < t.length; i++) {
                t[i] = i % 3 == 0 ? word : i % 3 == 1 ? "Warschau" : "Katharina";
            }
            assertInside(de.find(t), t.length);
            assertInside(fr.find(t), t.length);
        }
    }

    @Test
    void controlCharactersAreIgnored() {
        String[] t = {"Er", "kam", "in", "M\u0000ünch\u0007en", "an", "\u0000", "\u200B", "\uFEFF", "."};
        List<NameSpan> found = de.find(t);
        assertInside(found, t.length);
        assertThat(found).singleElement().satisfies(n -> assertThat(n.start()).isEqualTo(3));
    }

    @Test
    void punctuationAndDigitsOnly() {
        String[] t = {"(", ")", "„", "“", "-", "12", "3,5", ".", "…", "«", "»"};
        assertThat(de.find(t)).isEmpty();
        assertThat(fr.find(t)).isEmpty();
    }

    @Test
    void manyDocumentsOfRandomisedTokensNeverFail() {
        java.util.Random random = new java.util.Random(7);
        String[] pool = {"München", "in", "der", "ABC", "(", ")", "„", "“", "M", ".", "Herr", "von", "Bank",
                "Deutsche", "Sofia", "Virtanen", "-", "", "\u0000", "ÉTAT", "l'", "Ende", "Reuters", "北京"};
        for (int d = 0; d < 200; d++) {
            List<String[]> doc = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                String[] t = new String[random.nextInt(30)];
                for (int i = 0; i < t.length; i++) {
                    t[i] = pool[random.nextInt(pool.length)];
                }
                doc.add(t);
            }
            List<List<NameSpan>> found = de.findAll(doc);
            for (int s = 0; s < doc.size(); s++) {
                assertInside(found.get(s), doc.get(s).length);
            }
        }
    }

    private static void assertInside(List<NameSpan> found, int size) {
        for (int i = 0; i < found.size(); i++) {
            NameSpan n = found.get(i);
            assertThat(n.end()).isLessThanOrEqualTo(size);
            if (i > 0) {
                assertThat(n.start()).as("names do not overlap: %s", Arrays.toString(found.toArray()))
                        .isGreaterThanOrEqualTo(found.get(i - 1).end());
            }
        }
    }
}
