package io.parallax.link;

import io.parallax.link.gazetteer.Gazetteer;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Entity;
import io.parallax.model.EntityType;
import io.parallax.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Objects;

import static io.parallax.link.Docs.doc;
import static io.parallax.link.Docs.loc;
import static io.parallax.link.Docs.misc;
import static io.parallax.link.Docs.org;
import static io.parallax.link.Docs.per;
import static org.assertj.core.api.Assertions.assertThat;

class EntityRegistryTest {

    private static Gazetteer gazetteer;
    private static NameKeys keys;

    @BeforeAll
    static void load() {
        keys = new NameKeys(new Romanizer());
        gazetteer = Gazetteer.loadDefault();
    }

    private static EntityRegistry registry(List<Decision> decisions) {
        return new EntityRegistry(LinkerConfig.DEFAULT, keys, gazetteer, decisions);
    }

    /** Shaped like the English seed: full names, partial names, titles, genitives. */
    static AnalyzedDocument english() {
        return doc("en1", "en", per("Yevgeny Prigozhin"), org("Wagner Group"), per("Prigozhin"),
                per("Belarusian President Alexander Lukashenko"), per("Lukashenko"), per("Vladimir Putin"),
                per("Putin's"), loc("Moscow"), loc("Belarus"), loc("Russia"), loc("Russia's"), loc("Ukraine"),
                loc("US"), loc("Minsk"), loc("Rostov-on-Don"), loc("Voronezh"), org("Wagner's"), loc("Africa"));
    }

    /** Shaped like the Swedish seed: Swedish transliterations, genitives, definite forms, exonyms. */
    static AnalyzedDocument swedish() {
        return doc("sv1", "sv", per("Prigozhins"), loc("Moskva"), per("Yevgeny Prigozhin"), per("Lukasjenkos"),
                loc("Vitryssland"), per("Lukasjenko"), loc("Rysslands"), per("Vladimir Putin"), per("Prigozjins"),
                per("Prigozjin"), per("Putin"), loc("Chicago"), loc("Washington"), loc("Maryland"),
                loc("Förenta staterna"), loc("Kina"), loc("Ryssland"), per("Peter den stores"),
                per("Katarina den stores"), org("Wagnerledaren"), loc("Ukraina"), per("Gwynne Dyer"));
    }

    private static String idOf(EntityRegistry r, String doc, String text) {
        return r.resolutions(doc).stream().filter(x -> x.mention().text().equals(text)).findFirst()
                .map(Resolution::entity).orElseThrow(() -> new AssertionError("no mention " + text));
    }

    @Test
    void seedShapedDocumentsLinkAcrossLanguages() {
        EntityRegistry r = registry(List.of());
        r.add(english());
        r.add(swedish());
        String[][] same = {
                {"Prigozhin", "Prigozjins"}, {"Prigozhin", "Prigozjin"}, {"Prigozhin", "Prigozhins"},
                {"Lukashenko", "Lukasjenko"}, {"Lukashenko", "Lukasjenkos"}, {"Moscow", "Moskva"},
                {"Belarus", "Vitryssland"}, {"Russia", "Ryssland"}, {"Russia", "Rysslands"}, {"Ukraine", "Ukraina"},
                {"US", "Förenta staterna"}, {"Putin's", "Putin"},
        };
        for (String[] pair : same) {
            assertThat(idOf(r, "sv1", pair[1])).as(pair[0] + " = " + pair[1]).isNotNull()
                    .isEqualTo(idOf(r, "en1", pair[0]));
        }
        assertThat(idOf(r, "en1", "Yevgeny Prigozhin")).isEqualTo(idOf(r, "en1", "Prigozhin"));
        assertThat(idOf(r, "en1", "Wagner's")).isEqualTo(idOf(r, "en1", "Wagner Group"));
        assertThat(idOf(r, "sv1", "Wagnerledaren")).isEqualTo(idOf(r, "en1", "Wagner Group"));
        r.add(doc("sv2", "sv", org("Wagnergruppen"), org("Wagnergruppens")));
        assertThat(idOf(r, "sv2", "Wagnergruppen")).isEqualTo(idOf(r, "en1", "Wagner Group"));
        assertThat(idOf(r, "sv2", "Wagnergruppens")).isEqualTo(idOf(r, "en1", "Wagner Group"));
    }

    @Test
    void namesWithNumbersLinkByTheirNumber() {
        EntityRegistry r = registry(List.of());
        r.add(doc("a", "en", org("G7"), org("G20")));
        r.add(doc("b", "sv", org("G7"), org("G77")));
        assertThat(idOf(r, "a", "G7")).isNotNull().isEqualTo(idOf(r, "b", "G7"))
                .isNotEqualTo(idOf(r, "a", "G20")).isNotEqualTo(idOf(r, "b", "G77"));
        assertThat(idOf(r, "a", "G20")).isNotNull().isNotEqualTo(idOf(r, "b", "G77"));
    }

    @Test
    void forbiddenMergesStayApart() {
        EntityRegistry r = registry(List.of());
        r.add(english());
        r.add(swedish());
        assertThat(idOf(r, "sv1", "Peter den stores")).isNotNull().isNotEqualTo(idOf(r, "en1", "Vladimir Putin"));
        assertThat(idOf(r, "sv1", "Washington")).isNotNull().isNotEqualTo(idOf(r, "sv1", "Gwynne Dyer"));
        assertThat(idOf(r, "en1", "Moscow")).isNotEqualTo(idOf(r, "en1", "Minsk"));
        assertThat(idOf(r, "sv1", "Katarina den stores")).isNotEqualTo(idOf(r, "sv1", "Peter den stores"));
    }

    @Test
    void everyPlaceHasCoordinatesAndPrecision() {
        EntityRegistry r = registry(List.of());
        r.add(english());
        r.add(swedish());
        for (String name : List.of("Moscow", "Belarus", "Russia", "Ukraine", "US", "Minsk", "Rostov-on-Don",
                "Voronezh", "Africa")) {
            Entity e = r.entity(idOf(r, "en1", name)).orElseThrow();
            assertThat(e.place()).as(name).isNotNull();
        }
        assertThat(r.entity(idOf(r, "en1", "Moscow")).orElseThrow().place().precision())
                .isEqualTo(Place.Precision.CITY);
        Entity us = r.entity(idOf(r, "sv1", "Förenta staterna")).orElseThrow();
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        Entity washington = r.entity(idOf(r, "sv1", "Washington")).orElseThrow();
        assertThat(washington.place().countryCode()).isEqualTo("US");
        assertThat(r.entity(idOf(r, "sv1", "Maryland")).orElseThrow().place().precision())
                .isEqualTo(Place.Precision.REGION);
    }

    @Test
    void formerCountriesAndRoadsGetTheirCountrysPoint() {
        EntityRegistry r = registry(List.of());
        r.add(swedish());
        List<Resolution> res = r.add(doc("sv3", "sv", loc("Sovjetunionen"), loc("Chicago"), per("Gwynne Dyer"),
                loc("motorvägen M4"), loc("Moskva"), loc("M4")));
        Entity soviet = r.entity(res.get(0).entity()).orElseThrow();
        assertThat(soviet.place()).isNotNull();
        assertThat(soviet.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(soviet.place().countryCode()).isNull();   // no current country is the Soviet Union
        Entity road = r.entity(res.get(3).entity()).orElseThrow();
        Entity russia = r.entity(idOf(r, "sv1", "Ryssland")).orElseThrow();
        assertThat(road.place()).isNotNull();
        assertThat(road.place().countryCode()).isEqualTo("RU");   // Moskva is nearer than Chicago
        assertThat(road.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(road.place().latitude()).isEqualTo(russia.place().latitude());
        assertThat(res.get(5).entity()).isEqualTo(res.get(3).entity());
        List<Resolution> ru = r.add(doc("ru3", "ru", loc("трасса М4"), loc("Москва")));
        assertThat(ru.get(0).entity()).as("Cyrillic М4 is the same road").isEqualTo(res.get(3).entity());
        List<Resolution> alone = r.add(doc("sv4", "sv", loc("riksväg 40")));
        assertThat(alone.get(0).linked()).as("no place in the text says which country").isFalse();
        assertThat(alone.get(0).reason()).contains("RIKSVÄG 40");
        List<Resolution> uk = r.add(doc("en5", "en", loc("London"), loc("M4 motorway")));
        assertThat(uk.get(1).entity()).as("Britain's M4 is another road").isNotEqualTo(res.get(3).entity());
        assertThat(r.entity(uk.get(1).entity()).orElseThrow().place().countryCode()).isEqualTo("GB");
    }

    @Test
    void canonicalNamesAreTheFullestEnglishForms() {
        EntityRegistry r = registry(List.of());
        r.add(swedish());
        r.add(english());
        assertThat(r.entity(idOf(r, "sv1", "Prigozjin")).orElseThrow().name()).isEqualTo("Yevgeny Prigozhin");
        assertThat(r.entity(idOf(r, "sv1", "Lukasjenko")).orElseThrow().name()).isEqualTo("Alexander Lukashenko");
        Entity putin = r.entity(idOf(r, "en1", "Putin's")).orElseThrow();
        assertThat(putin.name()).isEqualTo("Vladimir Putin");
        assertThat(putin.variantNames()).contains("Putin's", "Putin", "Vladimir Putin");
        assertThat(putin.variants().stream().filter(v -> v.name().equals("Putin")).findFirst().orElseThrow()
                .languages()).containsExactly("sv");
        assertThat(putin.firstSeen()).isEqualTo(java.time.Instant.parse("2023-06-30T00:00:00Z"));
        assertThat(putin.mentions()).extracting(io.parallax.model.Mention::document).containsOnly("sv1", "en1");
    }

    @Test
    void partialNameBeforeFullNameAcrossDocuments() {
        EntityRegistry r = registry(List.of());
        r.add(doc("a", "en", per("Navalny")));
        r.add(doc("b", "sv", per("Aleksej Navalnyj")));
        r.add(doc("c", "de", per("Alexei Nawalny")));
        assertThat(r.entities()).hasSize(1);
        assertThat(r.entities().get(0).name()).isEqualTo("Aleksej Navalnyj");
    }

    @Test
    void unseenSlavicNamesLinkAcrossLanguages() {
        EntityRegistry r = registry(List.of());
        r.add(doc("a", "en", per("Sergei Shoigu"), per("Khodorkovsky"), per("Dmitry Medvedev"),
                per("Volodymyr Zelensky")));
        r.add(doc("b", "sv", per("Sergej Sjojgu"), per("Chodorkovskij"), per("Dmitrij Medvedev"),
                per("Volodymyr Zelenskyj")));
        r.add(doc("c", "de", per("Sergei Schoigu"), per("Chodorkowski"), per("Selenskyj")));
        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Sergei Shoigu",
                "Khodorkovsky", "Dmitry Medvedev", "Volodymyr Zelensky");
    }

    @Test
    void unseenExonymsResolveToOnePlace() {
        EntityRegistry r = registry(List.of());
        r.add(doc("a", "sv", loc("Tyskland"), loc("Frankrike"), loc("Warszawa"), loc("Tysklands")));
        r.add(doc("b", "en", loc("Germany"), loc("France"), loc("Warsaw")));
        r.add(doc("c", "ru", loc("Германия"), loc("Варшава")));
        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Germany", "France", "Warsaw");
        assertThat(r.entities()).allSatisfy(e -> assertThat(e.place()).isNotNull());
    }

    @Test
    void homographsDependOnContextOrStayUnlinked() {
        EntityRegistry r = registry(List.of());
        List<Resolution> alone = r.add(doc("g0", "en", loc("Georgia")));
        assertThat(alone.get(0).linked()).isFalse();
        assertThat(alone.get(0).reason()).contains("ambiguous");
        List<Resolution> us = r.add(doc("g1", "en", loc("Georgia"), loc("Atlanta"), loc("Texas")));
        assertThat(r.entity(us.get(0).entity()).orElseThrow().place().precision()).isEqualTo(Place.Precision.REGION);
        List<Resolution> caucasus = r.add(doc("g2", "en", loc("Georgia"), loc("Tbilisi")));
        Entity country = r.entity(caucasus.get(0).entity()).orElseThrow();
        assertThat(country.place().precision()).isEqualTo(Place.Precision.COUNTRY);
        assertThat(country.place().countryCode()).isEqualTo("GE");
        List<Resolution> person = r.add(doc("w", "en", per("George Washington"), loc("Washington"),
                per("Washington")));
        assertThat(person.get(0).entity()).isNotEqualTo(person.get(1).entity());
        assertThat(person.get(2).entity()).isEqualTo(person.get(0).entity());
    }

    @Test
    void recogniserTypeMistakesDoNotSplitEntities() {
        EntityRegistry r = registry(List.of());
        r.add(english());
        r.add(doc("sv9", "sv", loc("Prigozjins"), org("Lukasjenkos"), org("Moskva"), per("Maryland"),
                per("Washington"), misc("Wagner Group")));
        assertThat(idOf(r, "sv9", "Prigozjins")).isEqualTo(idOf(r, "en1", "Yevgeny Prigozhin"));
        assertThat(idOf(r, "sv9", "Lukasjenkos")).isEqualTo(idOf(r, "en1", "Lukashenko"));
        assertThat(idOf(r, "sv9", "Moskva")).isEqualTo(idOf(r, "en1", "Moscow"));
        assertThat(r.entity(idOf(r, "sv9", "Maryland")).orElseThrow().place()).isNotNull();
        assertThat(r.entity(idOf(r, "sv9", "Washington")).orElseThrow().place()).isNotNull();
        assertThat(idOf(r, "sv9", "Wagner Group")).isEqualTo(idOf(r, "en1", "Wagner Group"));
        r.add(doc("sv10", "sv", per("Katarina"), misc("Russian"), per("Wagner"), per("Wagner")));
        assertThat(r.entity(idOf(r, "en1", "Wagner Group")).orElseThrow().type())
                .isEqualTo(io.parallax.model.EntityType.ORG);
        assertThat(r.entity(idOf(r, "sv10", "Katarina")).orElseThrow().place()).isNull();
        assertThat(r.entity(idOf(r, "sv10", "Russian")).orElseThrow().place()).isNull();
        assertThat(r.entity(idOf(r, "en1", "Yevgeny Prigozhin")).orElseThrow().type())
                .isEqualTo(io.parallax.model.EntityType.PER);
        assertThat(r.entity(idOf(r, "en1", "Wagner Group")).orElseThrow().type())
                .isEqualTo(io.parallax.model.EntityType.ORG);
    }

    @Test
    void aPlaceThatAbsorbedAPersonTypedMentionIsNoPersonForTheNextOne() {
        EntityRegistry r = registry(List.of());
        List<Resolution> res = r.add(doc("sv11", "sv", org("Washington"), per("Washington"), per("Washington")));
        assertThat(res).allSatisfy(x -> assertThat(x.linked()).isTrue());
        assertThat(res.get(2).entity()).as("every Washington is the place").isEqualTo(res.get(0).entity())
                .isEqualTo(res.get(1).entity());
        assertThat(r.entity(res.get(2).entity()).orElseThrow().place()).isNotNull();
        List<Resolution> person = r.add(doc("en12", "en", per("George Washington"), per("Washington")));
        assertThat(person.get(1).entity()).as("a document's own full name still wins")
                .isEqualTo(person.get(0).entity()).isNotEqualTo(res.get(0).entity());
    }

    @Test
    void badMentionsStayUnlinkedWithAReason() {
        EntityRegistry r = registry(List.of());
        List<Resolution> res = r.add(doc("bad", "en", per("A"), per("x".repeat(1000)), per("Пutin"),
                per("!!!"), loc("Zzyzxqwv")));
        assertThat(res.get(0).linked()).isFalse();
        assertThat(res.get(0).reason()).contains("too short");
        assertThat(res.get(1).linked()).isFalse();
        assertThat(res.get(1).reason()).contains("too long");
        assertThat(res.get(2).linked()).isTrue();
        assertThat(res.get(3).reason()).isEqualTo("no letters");
        assertThat(res.get(4).linked()).isTrue();
        assertThat(res).hasSize(5).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
        List<Resolution> more = r.add(doc("bad2", "sv", loc("М"), loc("Москва" + "д".repeat(1000)),
                loc("Moskвa"), per("Ж"), loc("M4" + "4".repeat(1000))));
        assertThat(more).hasSize(5).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
        assertThat(more.get(0).reason()).contains("too short");
        assertThat(more.get(1).reason()).contains("too long");
        assertThat(more.get(3).linked()).isFalse();
        assertThat(more.get(4).linked()).isFalse();
    }

    @Test
    void homographsWithoutContextStayUnlinkedWithAReasonAcrossLanguages() {
        EntityRegistry r = registry(List.of());
        List<Resolution> sv = r.add(doc("h1", "sv", loc("Georgia")));
        assertThat(sv.get(0).linked()).as("Georgia alone, in Swedish").isFalse();
        assertThat(sv.get(0).reason()).contains("ambiguous");
        List<Resolution> exonym = r.add(doc("h1b", "sv", loc("Georgien")));
        assertThat(r.entity(exonym.get(0).entity()).orElseThrow().place().countryCode())
                .as("the Swedish exonym names only the country").isEqualTo("GE");
        List<Resolution> both = r.add(doc("h2", "en", per("Denzel Washington"), loc("Washington"),
                loc("Seattle")));
        assertThat(both.get(1).entity()).isNotEqualTo(both.get(0).entity());
        assertThat(r.entity(both.get(1).entity()).orElseThrow().place()).isNotNull();
    }

    @Test
    void decisionsSurviveReingestionAndRebuild() {
        EntityRegistry r = registry(List.of());
        r.add(english());
        String putin = idOf(r, "en1", "Vladimir Putin");
        String wagner = idOf(r, "en1", "Wagner Group");
        String prigozhin = idOf(r, "en1", "Prigozhin");
        r.apply(new Decision.Merge(prigozhin, List.of(wagner), null));
        r.apply(new Decision.Rename(putin, "Vladimir Vladimirovich Putin", null));
        r.apply(new Decision.AddVariant(putin, "VVP", "en", null));
        assertThat(idOf(r, "en1", "Wagner's")).isEqualTo(prigozhin);
        r.add(english());   // re-ingestion of the same document
        r.add(swedish());
        r.add(doc("n", "en", per("VVP")));
        assertThat(idOf(r, "en1", "Wagner Group")).isEqualTo(prigozhin);
        assertThat(idOf(r, "sv1", "Wagnerledaren")).isEqualTo(prigozhin);
        assertThat(idOf(r, "n", "VVP")).isEqualTo(putin);
        assertThat(r.entity(putin).orElseThrow().name()).isEqualTo("Vladimir Vladimirovich Putin");
        assertThat(r.entity(wagner)).map(Entity::id).contains(prigozhin);

        EntityRegistry rebuilt = EntityRegistry.rebuild(LinkerConfig.DEFAULT, keys, gazetteer, null, r.decisions(),
                List.of(english(), swedish(), doc("n", "en", per("VVP"))));
        assertThat(rebuilt.entities()).isEqualTo(r.entities());
    }

    @Test
    void splitMovesAVariantToItsOwnEntityForGood() {
        EntityRegistry r = registry(List.of());
        r.add(doc("a", "en", per("John Smith"), per("Smith")));
        String smith = idOf(r, "a", "John Smith");
        assertThat(idOf(r, "a", "Smith")).isEqualTo(smith);
        r.apply(new Decision.Split(smith, List.of("Smith"), "en", null));
        r.add(doc("b", "en", per("Smith")));
        assertThat(idOf(r, "a", "Smith")).isNotEqualTo(smith).isEqualTo(idOf(r, "b", "Smith"));
        assertThat(r.entity(idOf(r, "b", "Smith")).orElseThrow().name()).isEqualTo("Smith");
    }

    @Test
    void idsAreDeterministicAcrossRebuilds() {
        EntityRegistry a = registry(List.of());
        a.add(english());
        a.add(swedish());
        EntityRegistry b = EntityRegistry.rebuild(LinkerConfig.DEFAULT, keys, gazetteer, null, List.of(),
                List.of(english(), swedish()));
        assertThat(b.entities()).extracting(Entity::id).containsExactlyElementsOf(
                a.entities().stream().map(Entity::id).toList());
        assertThat(a.entities()).extracting(Entity::id).allMatch(Objects::nonNull)
                .contains("geonames:524901");
    }

    private static EntityRegistry withModels() {
        return new EntityRegistry(LinkerConfig.DEFAULT, keys, gazetteer, NameMatcher.standard(keys, gazetteer),
                List.of());
    }

    private static String reasonOf(EntityRegistry r, String doc, String text) {
        return r.resolutions(doc).stream().filter(x -> x.mention().text().equals(text)).findFirst()
                .map(Resolution::reason).orElseThrow(() -> new AssertionError("no mention " + text));
    }

    @Test
    void shortAndInflectedNamesLinkAcrossScriptsByTheTransliterationModel() {
        EntityRegistry r = withModels();
        r.add(doc("en", "en", per("Donald Trump"), per("Trump")));
        r.add(doc("ru", "ru", per("Трампа"), per("Трамп")));
        String trump = idOf(r, "en", "Donald Trump");
        assertThat(idOf(r, "ru", "Трампа")).as(reasonOf(r, "ru", "Трампа")).isEqualTo(trump);
        assertThat(idOf(r, "ru", "Трамп")).isEqualTo(trump);
        assertThat(reasonOf(r, "ru", "Трампа")).contains("transliteration");
    }

    @Test
    void theOtherScriptMayComeFirst() {
        EntityRegistry r = withModels();
        r.add(doc("ru", "ru", per("Трамп")));
        r.add(doc("en", "en", per("Trump")));
        assertThat(idOf(r, "en", "Trump")).as(reasonOf(r, "en", "Trump")).isEqualTo(idOf(r, "ru", "Трамп"));
    }

    @Test
    void withoutTheModelOrWhenItSaysNoTheNamesStayApart() {
        EntityRegistry plain = registry(List.of());
        plain.add(doc("en", "en", per("Donald Trump")));
        plain.add(doc("ru", "ru", per("Трамп")));
        assertThat(idOf(plain, "ru", "Трамп")).isNotEqualTo(idOf(plain, "en", "Donald Trump"));

        // surname keys one edit apart ("morosov", "morosova"): the model says the masculine form is another name
        EntityRegistry r = withModels();
        r.add(doc("en", "en", per("Anna Morozova")));
        r.add(doc("ru", "ru", per("Морозов")));
        assertThat(idOf(r, "ru", "Морозов")).as(reasonOf(r, "ru", "Морозов"))
                .isNotEqualTo(idOf(r, "en", "Anna Morozova"));
        r.add(doc("ru2", "ru", per("Морозова")));
        assertThat(idOf(r, "ru2", "Морозова")).as(reasonOf(r, "ru2", "Морозова"))
                .isEqualTo(idOf(r, "en", "Anna Morozova"));
    }

    @Test
    void fullNamesOneEditApartAcrossScriptsLink() {
        EntityRegistry r = withModels();
        r.add(doc("en", "en", per("Donald Trump")));
        r.add(doc("ru", "ru", per("Дональд Трамп")));
        assertThat(idOf(r, "ru", "Дональд Трамп")).as(reasonOf(r, "ru", "Дональд Трамп"))
                .isEqualTo(idOf(r, "en", "Donald Trump"));
    }

    @Test
    void anOrganisationNamedAfterAPersonIsNotThatPerson() {
        EntityRegistry r = registry(List.of());
        r.add(doc("a", "en", per("Donald Trump"), per("Trump"), org("Trump Organization")));
        assertThat(idOf(r, "a", "Trump Organization")).isNotEqualTo(idOf(r, "a", "Donald Trump"));
        assertThat(r.entity(idOf(r, "a", "Donald Trump")).orElseThrow().type()).isEqualTo(EntityType.PER);
    }

    @Test
    void anAcronymIsNobodysSurname() {
        EntityRegistry r = registry(List.of());
        r.add(doc("en", "en", misc("Wield It"), per("John Ii")));
        r.add(doc("ru", "ru", misc("ИТ"), misc("ИИ")));
        assertThat(reasonOf(r, "ru", "ИТ")).as(idOf(r, "ru", "ИТ")).doesNotContain("surname");
        assertThat(idOf(r, "ru", "ИТ")).isNotEqualTo(idOf(r, "en", "Wield It"));
        assertThat(idOf(r, "ru", "ИИ")).isNotEqualTo(idOf(r, "en", "John Ii"));

        r.add(doc("en2", "en", per("Vladimir Putin")));
        r.add(doc("en3", "en", per("PUTIN")));   // a headline's surname is longer than an acronym
        assertThat(idOf(r, "en3", "PUTIN")).isEqualTo(idOf(r, "en2", "Vladimir Putin"));
    }

    @Test
    void namesWithoutVowelsAreFoundByTheirConsonants() {
        EntityRegistry r = withModels();
        r.add(doc("en", "en", per("Donald Trump"), misc("Madonna")));
        r.add(doc("ar", "ar", per("دونالد ترامب"), per("ترامب"), misc("مدينة")));
        String trump = idOf(r, "en", "Donald Trump");
        assertThat(idOf(r, "ar", "دونالد ترامب")).as(reasonOf(r, "ar", "دونالد ترامب")).isEqualTo(trump);
        assertThat(idOf(r, "ar", "ترامب")).isEqualTo(trump);
        // the same consonants (m d n), but "city" is no transliteration of Madonna
        assertThat(idOf(r, "ar", "مدينة")).isNotEqualTo(idOf(r, "en", "Madonna"));
        assertThat(NameKeys.consonants("dwnald tramb")).isEqualTo(NameKeys.consonants("Donald Trump"));
    }

    @Test
    void theLastWordOfAPlaceOrOrganisationIsNoSurname() {
        EntityRegistry r = registry(List.of());
        // a fragment of a name in another script's text, typed as the fallback types unknown words
        r.add(doc("ru", "ru", misc("Stadium"), misc("Hospital"), misc("Путин")));
        r.add(doc("en", "en", loc("Etihad Stadium"), org("Army Hospital"), per("Vladimir Putin")));
        assertThat(idOf(r, "en", "Etihad Stadium")).isNotEqualTo(idOf(r, "ru", "Stadium"));
        assertThat(idOf(r, "en", "Army Hospital")).isNotEqualTo(idOf(r, "ru", "Hospital"));
        assertThat(idOf(r, "en", "Vladimir Putin")).as("a person's full name still finds the surname")
                .isEqualTo(idOf(r, "ru", "Путин"));

        r.add(doc("en2", "en", misc("NL West"), per("Scott Coker")));
        r.add(doc("de", "de", loc("West"), misc("Coker")));
        assertThat(idOf(r, "de", "West")).isNotEqualTo(idOf(r, "en2", "NL West"));
        assertThat(idOf(r, "de", "Coker")).isEqualTo(idOf(r, "en2", "Scott Coker"));
    }

    @Test
    void shortCapitalsNamePlacesOnlyAsSpelled() {
        EntityRegistry r = registry(List.of());
        List<Resolution> out = r.add(doc("zh", "zh", loc("JAY"), loc("USA"), loc("Jersey")));
        assertThat(out.get(0).reason()).doesNotContain("gazetteer");
        assertThat(r.entity(out.get(1).entity()).orElseThrow().name()).isEqualTo("United States");
        assertThat(r.entity(out.get(2).entity()).orElseThrow().name()).isEqualTo("Jersey");
    }

    @Test
    void hanNamesFindPlacesByTheirCharactersNotTheirSound() {
        EntityRegistry r = registry(List.of());
        List<Resolution> out = r.add(doc("zh", "zh", loc("伦敦"), loc("為其"), loc("維琪"), loc("波士顿")));
        assertThat(r.entity(out.get(0).entity()).orElseThrow().name()).isEqualTo("London");
        // "wei qi" both, but "for its" is no place; Vichy is found as written, in traditional characters too
        assertThat(out.get(1).reason()).doesNotContain("gazetteer");
        assertThat(r.entity(out.get(2).entity()).orElseThrow().name()).isEqualTo("Vichy");
        assertThat(r.entity(out.get(3).entity()).orElseThrow().name()).isEqualTo("Boston");
    }

    @Test
    void aCompassWordIsARegionOnlyWithItsCountry() {
        EntityRegistry r = registry(List.of());
        List<Resolution> alone = r.add(doc("a", "en", loc("West"), loc("Far North")));
        assertThat(alone).allSatisfy(x -> assertThat(x.reason()).as(x.mention().text()).doesNotContain("gazetteer"));
        List<Resolution> cameroon = r.add(doc("b", "en", loc("Cameroon"), loc("West")));
        assertThat(cameroon.get(1).reason()).contains("gazetteer: West (region, CM)");
    }

    @Test
    void aNameGlossedInLatinLettersIsThatNamesEntity() {
        EntityRegistry r = registry(List.of());
        r.add(doc("en", "en", per("Geoff Diehl"), per("Elizabeth Warren")));
        r.add(Docs.inText("zh", "zh", "对手是众议员杰夫·迪尔(Geoff Diehl)，迪尔曾是联合主席。伊丽莎白·沃伦 表示",
                per("杰夫·迪尔"), per("Geoff Diehl"), per("迪尔"), per("伊丽莎白·沃伦")));
        String diehl = idOf(r, "en", "Geoff Diehl");
        assertThat(idOf(r, "zh", "杰夫·迪尔")).as(reasonOf(r, "zh", "杰夫·迪尔")).isEqualTo(diehl);
        assertThat(idOf(r, "zh", "迪尔")).as("the surname, by the dotted name's last part").isEqualTo(diehl);
        assertThat(idOf(r, "zh", "伊丽莎白·沃伦")).as("no gloss: the space is no bracket, but three characters away")
                .isNotEqualTo(idOf(r, "en", "Elizabeth Warren"));
        r.add(Docs.inText("zh2", "zh", "迪尔说", per("迪尔")));
        assertThat(idOf(r, "zh2", "迪尔")).as("in a later document").isEqualTo(diehl);
        r.add(Docs.inText("zh3", "zh", "伊丽莎白·沃伦的Instagram（Instagram）", per("伊丽莎白·沃伦"), org("Instagram"),
                org("Instagram")));
        assertThat(idOf(r, "zh3", "伊丽莎白·沃伦")).as("'s Instagram is no gloss")
                .isNotEqualTo(r.resolutions("zh3").get(1).entity());
    }

    @Test
    void namesInOtherScriptsFindLatinOnesThroughTheirWordsPartners() {
        EntityRegistry r = withModels();
        r.add(doc("en", "en", per("Donald Trump"), per("Hillary Clinton")));
        r.add(doc("zh", "zh", per("唐纳德·特朗普"), per("特朗普"), per("希拉里·克林顿"), per("特朗")));
        assertThat(idOf(r, "zh", "唐纳德·特朗普")).as(reasonOf(r, "zh", "唐纳德·特朗普"))
                .isEqualTo(idOf(r, "en", "Donald Trump"));
        assertThat(idOf(r, "zh", "特朗普")).isEqualTo(idOf(r, "en", "Donald Trump"));
        assertThat(idOf(r, "zh", "希拉里·克林顿")).isEqualTo(idOf(r, "en", "Hillary Clinton"));
        assertThat(idOf(r, "zh", "特朗")).as("no partner, no link").isNotEqualTo(idOf(r, "en", "Donald Trump"));

        // keys two edits apart (boris dshonson, boris iohnson): the partner proposes, the model confirms
        r.add(doc("en2", "en", per("Boris Johnson")));
        r.add(doc("ru", "ru", per("Борис Джонсон")));
        assertThat(idOf(r, "ru", "Борис Джонсон")).as(reasonOf(r, "ru", "Борис Джонсон"))
                .isEqualTo(idOf(r, "en2", "Boris Johnson"));
    }
}
