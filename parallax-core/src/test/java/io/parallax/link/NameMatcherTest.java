package io.parallax.link;

import io.parallax.link.gazetteer.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTest {

    private static NameMatcher matcher;

    @BeforeAll
    static void load() {
        NameKeys keys = new NameKeys(new Romanizer());
        matcher = NameMatcher.standard(keys, Gazetteer.loadDefault());
    }

    @Test
    void sameNamesAcrossConventionsAndExonyms() {
        String[][] same = {{"Prigozhin", "Prigozjin"}, {"Lukashenko", "Lukasjenko"}, {"Moscow", "Moskva"},
                {"Belarus", "Vitryssland"}, {"Russia", "Ryssland"}, {"Ukraine", "Ukraina"},
                {"United States", "Förenta stater"}, {"Putin", "Vladimir Putin"}, {"President Putin", "Putin"},
                {"Khodorkovsky", "Chodorkowski"}, {"Moscow", "Москва"}, {"Gagosian", "Гагосян"}};
        for (String[] p : same) {
            assertThat(matcher.compare(p[0], p[1]).same()).as(p[0] + " / " + p[1]).isTrue();
        }
    }

    @Test
    void differentNamesStayDifferent() {
        String[][] different = {{"Putin", "Peter den store"}, {"Moscow", "Minsk"}, {"Washington", "Gwynne Dyer"},
                {"Garoyian", "Гагосян"}, {"Ahlfors", "Альквист"}, {"Georgia", "Gwynne"}};
        for (String[] p : different) {
            assertThat(matcher.compare(p[0], p[1]).same()).as(p[0] + " / " + p[1]).isFalse();
        }
    }

    @Test
    void badInputGetsAnAnswerNotAnException() {
        assertThat(matcher.compare("", "Putin").same()).isFalse();
        assertThat(matcher.compare("A", "A").score()).isBetween(0.0, 1.0);
        assertThat(matcher.compare("x".repeat(1000), "y".repeat(1000)).same()).isFalse();
        assertThat(matcher.compare("Пutin", "Путин").score()).isBetween(0.0, 1.0);
        assertThat(matcher.compare("東京", "Tokyo").score()).isBetween(0.0, 1.0);
        assertThat(matcher.compare("123", "!!!").reason()).isEqualTo("no letters");
    }
}
