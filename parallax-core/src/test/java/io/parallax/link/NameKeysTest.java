package io.parallax.link;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    private final NameKeys keys = new NameKeys(new Romanizer());
    private final NameConventions en = NameConventions.load("en");
    private final NameConventions sv = NameConventions.load("sv");
    private final NameConventions de = NameConventions.load("de");
    private final NameConventions fr = NameConventions.load("fr");

    @Test
    void slavicNamesInFourConventionsAndCyrillicShareOneKey() {
        String key = keys.key("Prigozhin", en);
        assertThat(keys.key("Prigozjin", sv)).isEqualTo(key);
        assertThat(keys.key("Prigoschin", de)).isEqualTo(key);
        assertThat(keys.key("Prigojine", fr)).isEqualTo(key);
        assertThat(keys.key("Пригожин", sv)).isEqualTo(key);
    }

    @Test
    void unseenNamesOfTheSameKinds() {
        assertThat(keys.key("Lukasjenko", sv)).isEqualTo(keys.key("Lukashenko", en))
                .isEqualTo(keys.key("Loukachenko", fr)).isEqualTo(keys.key("Lukaschenko", de));
        assertThat(keys.key("Chodorkovskij", sv)).isEqualTo(keys.key("Khodorkovsky", en))
                .isEqualTo(keys.key("Chodorkowski", de));
        assertThat(keys.key("Tjajkovskij", sv)).isEqualTo(keys.key("Tchaikovsky", en))
                .isEqualTo(keys.key("Tschaikowski", de));
        assertThat(keys.key("Jevgenij", sv)).isEqualTo(keys.key("Yevgeny", en))
                .isEqualTo(keys.key("Evgueni", fr)).isEqualTo(keys.key("Jewgeni", de));
        assertThat(keys.key("Smirnoff", en)).isEqualTo(keys.key("Smirnov", en));
        assertThat(keys.key("Selenskyj", de)).isEqualTo(keys.key("Zelensky", en))
                .isEqualTo(keys.key("Zelenskyj", sv));
        assertThat(keys.key("Poutine", fr)).isEqualTo(keys.key("Putin", en));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(keys.key("Putin", en)).isNotEqualTo(keys.key("Peter", en));
        assertThat(keys.key("Moscow", en)).isNotEqualTo(keys.key("Minsk", en));
        assertThat(keys.key("Ivanov", en)).isNotEqualTo(keys.key("Ivanova", en));
    }

    @Test
    void everyScriptRomanises() {
        for (String n : new String[]{"Москва", "Αθήνα", "موسكو", "מוסקבה", "北京", "서울", "モスクワ"}) {
            assertThat(keys.romanKey(n)).as(n).matches("[a-z ]+");
        }
    }

    @Test
    void digitsAreKeptAndNeverMerged() {
        assertThat(keys.key("G7")).isEqualTo("g7");
        assertThat(keys.key("G77")).isNotEqualTo(keys.key("G7"));
        assertThat(keys.key("G20")).isNotEqualTo(keys.key("G7"));
        assertThat(keys.key("COVID-19")).isEqualTo("covid 19");
    }

    @Test
    void badInputGivesKeysWithoutCrashing() {
        assertThat(keys.key("")).isEmpty();
        assertThat(keys.key("!!! ---")).isEmpty();
        assertThat(keys.key("!!! 123")).isEqualTo("123");
        assertThat(keys.key("a")).isEqualTo("a");
        assertThat(keys.key("y".repeat(1000))).isEqualTo("i");
        assertThat(keys.key("x".repeat(1000))).hasSize(2000);
        assertThat(keys.key("Пutin")).isEqualTo(keys.key("Putin"));
    }

    @Test
    void scriptDetection() {
        assertThat(Script.of("Putin")).isEqualTo(Script.LATIN);
        assertThat(Script.of("Путин")).isEqualTo(Script.CYRILLIC);
        assertThat(Script.of("Пutin")).isEqualTo(Script.MIXED);
        assertThat(Script.of("東京タワー")).isEqualTo(Script.KANA);
        assertThat(Script.of("123")).isEqualTo(Script.NONE);
    }

    @Test
    void cachedKeysEqualUncachedOnes() {
        NameKeys tiny = new NameKeys(new Romanizer(), 1);
        List<String> names = List.of("Prigozhin", "Prigozjin", "Пригожин", "Łódź", "Wagnergruppen", "東京", "Jean-Marie",
                "Prigozhin", "Пригожин", "USA:s");
        for (int round = 0; round < 2; round++) {
            for (String n : names) {
                for (NameConventions c : List.of(en, sv, de, fr, NameConventions.NONE)) {
                    assertThat(keys.key(n, c)).as(n + " " + c.language()).isEqualTo(tiny.key(n, c));
                }
                assertThat(keys.key(n)).isEqualTo(tiny.key(n));
            }
        }
    }

    @Test
    void conventionsWithTheSameLanguageButOtherRulesDoNotShareCachedKeys() {
        NameConventions plain = new NameConventions("sv", java.util.Set.of(), java.util.Set.of(), List.of(), List.of(),
                List.of(), false);
        assertThat(keys.key("Prigozjin", sv)).isEqualTo(keys.key("Prigozhin", en));
        assertThat(keys.key("Prigozjin", plain)).isNotEqualTo(keys.key("Prigozjin", sv));
    }

    @Test
    void hanNamesAreKeyedAsWrittenNotBySound() {
        assertThat(keys.key("维琪")).isEqualTo("维琪").isNotEqualTo(keys.key("为其"));
        assertThat(keys.key("維琪")).as("traditional characters").isEqualTo("维琪");
        assertThat(keys.key("北京市")).isNotEqualTo(keys.key("背景是"));
        assertThat(keys.key("唐納德·特朗普")).as("a foreign name's parts").isEqualTo("唐纳德 特朗普");
        assertThat(keys.romanKey("维琪")).isEqualTo(keys.romanKey("为其")).isEqualTo("vei ki");
        assertThat(keys.romanKey("Пригожин")).isEqualTo(keys.key("Пригожин"));
    }
}
