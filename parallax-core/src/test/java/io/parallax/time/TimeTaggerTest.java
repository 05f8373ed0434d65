package io.parallax.time;

import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;
import io.parallax.pack.PackResources;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTaggerTest {

    private final TimeTagger tagger = new TimeTagger();

    private List<TimeExpression> tag(String lang, LocalDate anchor, String... sentences) {
        Optional<DateGrammar> grammar = LexiconDateGrammar.load(new PackResources(lang));
        assertThat(grammar).as("date grammar for " + lang).isPresent();
        return tagger.tag("d", sentences(sentences), anchor, grammar);
    }

    private static List<Sentence> sentences(String... texts) {
        List<Sentence> out = new java.util.ArrayList<>();
        int offset = 0;
        for (String t : texts) {
            out.add(new Sentence(out.size(), offset, offset + t.length(), t, List.of()));
            offset += t.length() + 1;
        }
        return out;
    }

    private static List<String> values(List<TimeExpression> found) {
        return found.stream().map(TimeExpression::value).toList();
    }

    @Test
    void englishAbsoluteDatesInSeveralOrders() {
        List<TimeExpression> found = tag("en", null,
                "Troops entered the city on March 3, 2022 and left on 14th April 2022.",
                "The treaty was signed in 1991.");
        assertThat(values(found)).containsExactly("2022-03-03", "2022-04-14", "1991");
        assertThat(found.get(0).text()).isEqualTo("March 3, 2022");
    }

    @Test
    void monthWithoutYearTakesTheYearOfTheNearestFullDate() {
        List<TimeExpression> found = tag("en", null,
                "Officials had known of the plan by mid-June.",
                "Fighters stood guard on June 24, 2023.");
        assertThat(values(found)).containsExactly("2023-06", "2023-06-24");
        assertThat(found.get(0).text()).isEqualTo("by mid-June");
    }

    @Test
    void modalVerbMayIsNotAMonth() {
        assertThat(tag("en", null, "The army may march on the capital in may.")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheDocument() {
        List<TimeExpression> found = tag("en", null, "First sentence.", "It ended on 2 May 2021.");
        TimeExpression t = found.getFirst();
        String doc = "First sentence. It ended on 2 May 2021.";
        assertThat(doc.substring(t.provenance().start(), t.provenance().end())).isEqualTo("2 May 2021");
    }

    @Test
    void relativeDatesResolveAgainstTheAnchor() {
        LocalDate friday = LocalDate.of(2024, 3, 15);
        List<TimeExpression> found = tag("en", friday,
                "Yesterday the minister resigned, three days ago she denied it, and last Monday she was silent.");
        assertThat(values(found)).containsExactly("2024-03-14", "2024-03-12", "2024-03-11");
        assertThat(found).allMatch(TimeExpression::relative);
    }

    @Test
    void relativeDatesWithoutAnchorStayUnderspecified() {
        List<TimeExpression> found = tag("sv", null, "Det hände sent i lördags eftermiddag.");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("sent i lördags eftermiddag");
            assertThat(t.resolved()).isFalse();
            assertThat(t.resolve(LocalDate.of(2023, 6, 30), 0.7).value()).isEqualTo("2023-06-24");
        });
    }

    @Test
    void swedishDatesAbsoluteAndRelative() {
        LocalDate anchor = LocalDate.of(2023, 7, 1);
        List<TimeExpression> found = tag("sv", anchor,
                "Avtalet undertecknades den 12 mars 2021 och trädde i kraft i juni.",
                "För en vecka sedan kom beskedet, och i går kväll bekräftades det.");
        assertThat(values(found)).containsExactly("2021-03-12", "2023-06", "2023-06-24", "2023-06-30");
    }

    @Test
    void isoDatesInAnyLanguageButNotImpossibleOnes() {
        List<TimeExpression> found = tagger.tag("d", sentences("Published 2023-06-24, corrected 2023-13-45."),
                null, Optional.empty());
        assertThat(values(found)).containsExactly("2023-06-24");
    }

    @Test
    void invalidDayOfMonthIsNotADate() {
        assertThat(values(tag("en", null, "It was February 30, 2023 in the story."))).doesNotContain("2023-02-30");
    }

    @Test
    void germanFrenchAndSpanishGrammars() {
        LocalDate anchor = LocalDate.of(2025, 3, 13);
        assertThat(values(tag("de", anchor, "Das Feuer war am Dienstagabend, dem 11. März, ausgebrochen.",
                "Vor drei Tagen kam die Warnung, am 1. Januar 2024 gab es keine.")))
                .containsExactly("2025-03-11", "2025-03-11", "2025-03-10", "2024-01-01");
        assertThat(values(tag("fr", LocalDate.of(2025, 10, 3),
                "Le ferry s'est échoué jeudi 2 octobre au petit matin; il y a deux jours, tout allait bien.")))
                .containsExactly("2025-10-02", "2025-10-01");
        assertThat(values(tag("es", LocalDate.of(2025, 5, 15),
                "El acuerdo se firmó el 14 de mayo de 2025 en Varsovia; ayer llegó la delegación.")))
                .containsExactly("2025-05-14", "2025-05-14");
    }
}
