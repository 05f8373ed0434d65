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

    /**
     * Almost every comparison in a real corpus is between unrelated names, so a matcher that calls even a few per
     * cent of them the same merges strangers. Each name is compared with every other name's Cyrillic form.
     */
    @Test
    void unrelatedNamesAcrossScriptsAreAlmostNeverTheSame() {
        String[][] names = {{"Ivanov", "Иванов"}, {"Smirnova", "Смирнова"}, {"Kuznetsov", "Кузнецов"},
                {"Sokolov", "Соколов"}, {"Lebedeva", "Лебедева"}, {"Novikov", "Новиков"}, {"Morozova", "Морозова"},
                {"Volkov", "Волков"}, {"Solovyov", "Соловьёв"}, {"Zaitsev", "Зайцев"}, {"Pavlova", "Павлова"},
                {"Golubev", "Голубев"}, {"Vinogradov", "Виноградов"}, {"Bogdanov", "Богданов"},
                {"Fyodorov", "Фёдоров"}, {"Schmidt", "Шмидт"}, {"Hayashi", "Хаяси"}, {"Gonzalez", "Гонсалес"},
                {"Mueller", "Мюллер"}, {"Nakamura", "Накамура"}, {"Dubois", "Дюбуа"}, {"Kowalski", "Ковальский"},
                {"Okafor", "Окафор"}, {"Lindqvist", "Линдквист"}, {"Tremblay", "Трамбле"}, {"Oliveira", "Оливейра"}};
        int same = 0;
        int unrelatedSame = 0;
        for (String[] a : names) {
            for (String[] b : names) {
                boolean match = matcher.compare(a[0], b[1]).same();
                if (a == b) {
                    same += match ? 1 : 0;
                } else {
                    unrelatedSame += match ? 1 : 0;
                }
            }
        }
        assertThat(matcher.compare("Lindeman", "Хаяси").reason()).as("the gate's veto is explained")
                .endsWith("not a transliteration");
        assertThat(matcher.compare("Garoyian", "Гагосян").reason()).as("a near miss is the decision's to judge")
                .doesNotEndWith("not a transliteration");
        int unrelated = names.length * (names.length - 1);
        assertThat(same).as("true pairs called the same").isGreaterThanOrEqualTo(names.length - 2);
        assertThat(unrelatedSame).as("of %d unrelated pairs, called the same", unrelated)
                .isLessThanOrEqualTo(unrelated / 100);
    }

    @Test
    void badInputGetsAnAnswerNotAnException() {
        assertThat(matcher.compare("", "Putin").same()).isFalse();
        assertThat(matcher.compare("A", "A").score()).isBetween(0.0, 1.0);
        assertThat(matcher.compare("x".repeat(1000), "y".repeat(1000)).same()).isFalse();
        assertThat(matcher.compare("Пutin", "Путин").score()).isBetween(0.0, 1.0);
        assertThat(matcher.compare("東京", "Tokyo").score()).isBetween(0.0, 1.0);
        assertThat(matcher.compare("123", "!!!").reason()).isEqualTo("no letters");
        assertThat(matcher.compare("A", "А").score()).as("one letter across scripts").isBetween(0.0, 1.0);
        assertThat(matcher.compare("x".repeat(1000), "д".repeat(1000)).same()).as("1,000 letters across scripts")
                .isFalse();
        assertThat(matcher.compare("Putin", "Пutin").score()).as("mixed scripts").isBetween(0.0, 1.0);
        assertThat(matcher.compare("Georgia", "Грузия").score()).isBetween(0.0, 1.0);
    }
}
