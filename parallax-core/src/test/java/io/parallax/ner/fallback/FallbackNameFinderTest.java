package io.parallax.ner.fallback;

import io.parallax.model.EntityType;
import io.parallax.ner.NameSpan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parallax.ner.fallback.Fixtures.document;
import static io.parallax.ner.fallback.Fixtures.names;
import static io.parallax.ner.fallback.Fixtures.tokens;
import static org.assertj.core.api.Assertions.assertThat;

class FallbackNameFinderTest {

    private final FallbackNameFinder de = Fixtures.finder("de");
    private final FallbackNameFinder fr = Fixtures.finder("fr");
    private final FallbackNameFinder es = Fixtures.finder("es");

    /** The names of each sentence of a document, as "text/TYPE". */
    private static List<List<String>> run(FallbackNameFinder f, List<String[]> doc) {
        List<List<Candidate>> found = f.explain(doc);
        return java.util.stream.IntStream.range(0, doc.size()).mapToObj(i -> names(doc.get(i), found.get(i)))
                .toList();
    }

    @Test
    void germanTitleIntroducesAPersonWhoseSurnameIsThenAName() {
        var names = run(de, document(
                "Der ukrainische Kapitän Oleksandr Schurawljow lobte seine Mannschaft .",
                "Schurawljow sagte , alle seien rechtzeitig an Land gewesen ."));
        assertThat(names.get(0)).containsExactly("Oleksandr Schurawljow/PER");
        assertThat(names.get(1)).containsExactly("Schurawljow/PER");
    }

    @Test
    void germanPlacesNeedAPrepositionOrACountryNameBecauseNounsAreCapitalised() {
        var names = run(de, document(
                "Ein Unwetter hat in München schwere Schäden angerichtet .",
                "München liegt im Süden Deutschlands .",
                "Das Ende des Sturms kam erst am Abend .",
                "Auch Polen meldete Schäden ."));
        assertThat(names.get(0)).containsExactly("München/LOC");
        assertThat(names.get(1)).containsExactly("München/LOC", "Deutschlands/LOC");
        assertThat(names.get(2)).isEmpty();   // "Ende" is also a town in the gazetteer
        assertThat(names.get(3)).containsExactly("Polen/LOC");
    }

    @Test
    void germanOrganisationsNeedACapitalisedAdjectiveOrAPlaceBesideTheirHead() {
        var names = run(de, document(
                "Nach Angaben des Deutschen Wetterdienstes fielen 48 Liter Regen .",
                "Das sagte ein Sprecher der Berufsfeuerwehr München .",
                "Die Feuerwehr war die ganze Nacht im Einsatz ."));
        assertThat(names.get(0)).containsExactly("Deutschen Wetterdienstes/ORG");
        assertThat(names.get(1)).containsExactly("Berufsfeuerwehr München/ORG");
        assertThat(names.get(2)).isEmpty();
    }

    @Test
    void roleCompoundsGivenNamesAcronymsAndQuotedTitles() {
        var names = run(de, document(
                "DWD - Meteorologin Katharina Obermaier sagte , die Warnung sei früh gekommen .",
                "Die Feuerwehr löschte den Brand auf dem Frachtschiff „ Baltic Aurora “ ."));
        assertThat(names.get(0)).containsExactly("DWD/ORG", "Katharina Obermaier/PER");
        assertThat(names.get(1)).containsExactly("Baltic Aurora/MISC");
    }

    @Test
    void frenchAcronymDefinitionsAbbreviatedTitlesAndKnownNames() {
        var names = run(fr, document(
                "La Banque européenne d' investissement ( BEI ) accordera un prêt .",
                "Le prêt de la BEI a été salué par M . Dupont , a déclaré à Reuters un porte-parole ."));
        assertThat(names.get(0)).containsExactly("Banque européenne d' investissement/ORG", "BEI/ORG");
        assertThat(names.get(1)).containsExactly("BEI/ORG", "Dupont/PER", "Reuters/ORG");
    }

    @Test
    void aTitleStillCountsWhenTheSentenceSplitterBrokeAfterIt() {
        var names = run(fr, List.of(tokens("Selon M ."), tokens("Dupont , le projet est prêt .")));
        assertThat(names.get(1)).containsExactly("Dupont/PER");
    }

    @Test
    void commonWordsAtASentencesStartAreNotPartOfTheName() {
        var names = run(fr, document(
                "Selon Waters , cette allégation est infondée .",
                "Les proches de Waters ont réagi selon plusieurs médias ."));
        assertThat(names.get(0)).containsExactly("Waters/MISC");
    }

    @Test
    void peopleWinOverPlacesTheirNamesContain() {
        var names = run(fr, document(
                "La passagère Sofia Virtanen a raconté la nuit .",
                "La sénatrice Elizabeth Warren a parlé à Varsovie .",
                "Warren a répondu aux questions ."));
        assertThat(names.get(0)).containsExactly("Sofia Virtanen/PER");
        assertThat(names.get(1)).containsExactly("Elizabeth Warren/PER", "Varsovie/LOC");
        assertThat(names.get(2)).containsExactly("Warren/PER");
    }

    @Test
    void spanishTitlesAndCapitalisedOrganisationNames() {
        var names = run(es, document(
                "El Sr . García dijo que el Banco Europeo de Inversiones pagará en Varsovia ."));
        assertThat(names.get(0)).containsExactly("García/PER", "Banco Europeo de Inversiones/ORG", "Varsovia/LOC");
    }

    @Test
    void scriptsWithoutCaseGetGazetteerPlacesOnly() {
        FallbackNameFinder zh = Fixtures.finder("zh");
        var names = run(zh, document("习近平 在 北京 会见 了 客人 。"));
        assertThat(names.get(0)).containsExactly("北京/LOC");
    }

    @Test
    void hanPlacesAreFoundByTheirCharactersNotTheirSound() {
        FallbackNameFinder zh = Fixtures.finder("zh");
        // 为其 ("for its") sounds like 维琪 (Vichy), and 背景 ("background") like 北京 (Beijing)
        var names = run(zh, document("他 为其 背景 去 了 伦 敦 和 北京 。"));
        assertThat(names.get(0)).containsExactly("伦 敦/LOC", "北京/LOC");
    }

    @Test
    void dottedForeignNamesInChineseAndJapaneseArePeople() {
        FallbackNameFinder zh = Fixtures.finder("zh");
        // segmentation leaves unknown names one character at a time; dictionary words and function characters
        // end them
        var names = run(zh, document("众议员 杰 夫 · 迪 尔 批评 了 唐 纳 德 · 特 朗 普 。",
                "他 说 迪 尔 与 特 朗 普 不 同 。"));
        assertThat(names.get(0)).containsExactly("杰 夫 · 迪 尔/PER", "唐 纳 德 · 特 朗 普/PER");
        assertThat(names.get(1)).as("the surnames again").containsExactly("迪 尔/PER", "特 朗 普/PER");
        assertThat(run(zh, document("与 唐 纳 德 · 特 朗 普 会见 。")).get(0)).containsExactly("唐 纳 德 · 特 朗 普/PER");
        assertThat(run(zh, document("会见 · 会谈 。")).get(0)).as("dictionary words about a dot").isEmpty();
        // where segmentation took part of a name for a word, the lexicon of name words tells
        assertThat(run(zh, document("对 布雷 特 · 卡 瓦 诺 的 调查 ， 德 维 · 哈 里斯 说 起 。")).get(0))
                .containsExactly("布雷 特 · 卡 瓦 诺/PER", "德 维 · 哈 里斯/PER");
        assertThat(run(zh, document("委员 会 主席 艾 琳 · 琼 斯 说 。")).get(0)).as("a title's word before the name")
                .containsExactly("艾 琳 · 琼 斯/PER");
        FallbackNameFinder ja = Fixtures.finder("ja");
        assertThat(run(ja, document("ドナルド ・ トランプ 大統領 が 来日 した 。")).get(0))
                .containsExactly("ドナルド ・ トランプ/PER");
    }

    @Test
    void withoutCaseAGivenNameBeforeNameWordsIsAPerson() {
        FallbackNameFinder ar = Fixtures.finder("ar");
        var names = run(ar, document("قال دونالد ترامب إن الاتفاق جيد ."));
        assertThat(names.get(0)).containsExactly("دونالد ترامب/PER");
        assertThat(run(ar, document("قال ترامب إن الاتفاق جيد .")).get(0)).isEmpty();   // a name word alone
    }

    @Test
    void cyrillicCapitalisationStillMarksNames() {
        FallbackNameFinder ru = Fixtures.finder("ru");
        var names = run(ru, document("Москва готовится к визиту , сказал Владимир Путин ."));
        assertThat(names.get(0)).containsExactly("Москва/LOC", "Владимир Путин/PER");
    }

    @Test
    void aGivenNameInACaseFormStartsAPersonNotThePlaceOfThatName() {
        FallbackNameFinder ru = Fixtures.finder("ru");
        var names = run(ru, document("Он встретился с Владимиром Путиным в Москве ."));
        assertThat(names.get(0)).containsExactly("Владимиром Путиным/PER", "Москве/LOC");
    }

    @Test
    void anAcronymBetweenTitleAndNameQualifiesTheTitle() {
        FallbackNameFinder ru = Fixtures.finder("ru");
        var names = run(ru, document("Президент США Дональд Трамп прилетел ."));
        assertThat(names.get(0)).contains("Дональд Трамп/PER").doesNotContain("США Дональд Трамп/PER");
    }

    @Test
    void confidencesFollowTheEvidence() {
        String[] t = tokens("La passagère Sofia Virtanen a vu Excelsior près de Varsovie .");
        List<NameSpan> found = fr.find(t);
        assertThat(names(t, found)).containsExactly("Sofia Virtanen/PER", "Excelsior/MISC", "Varsovie/LOC");
        double person = found.get(0).confidence();
        double bare = found.get(1).confidence();
        assertThat(bare).isLessThan(0.3).isLessThan(person);
        assertThat(found).allSatisfy(n -> assertThat(n.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void findAndFindAllAgreeOnASingleSentence() {
        String[] t = tokens("Ein Unwetter hat in München schwere Schäden angerichtet .");
        assertThat(de.find(t)).isEqualTo(de.findAll(List.<String[]>of(t)).get(0));
        assertThat(de.find(t)).extracting(NameSpan::type).containsExactly(EntityType.LOC);
    }
}
