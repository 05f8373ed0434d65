package io.parallax.claim;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Claim;
import io.parallax.model.ClaimRelation;
import io.parallax.model.Event;
import io.parallax.model.Statement;
import io.parallax.pack.PackResources;
import io.parallax.testing.Analyzed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.parallax.model.EntityType.LOC;
import static io.parallax.model.EntityType.ORG;
import static io.parallax.model.EntityType.PER;
import static org.assertj.core.api.Assertions.assertThat;

class StatementAlignerTest {

    private final StatementExtractor extractor = new StatementExtractor();
    private final StatementAligner aligner = new StatementAligner(StatementAligner.Config.defaults());

    /** Adds statements (with each language's claim words) to a built test document. */
    private AnalyzedDocument withStatements(Analyzed.Built b) {
        AnalyzedDocument d = b.document();
        List<Statement> statements = extractor.extract(d.document(), d.lang(), d.sentences(), d.mentions(), d.times(),
                ClaimLexicon.load(new PackResources(d.lang())));
        return new AnalyzedDocument(d.document(), d.language(), d.sentences(), d.mentions(), d.times(), d.quotes(),
                statements);
    }

    private List<Claim> align(Analyzed.Built... built) {
        List<AnalyzedDocument> docs = java.util.Arrays.stream(built).map(this::withStatements).toList();
        Map<String, List<Resolution>> res = new java.util.HashMap<>();
        for (Analyzed.Built b : built) {
            res.put(b.document().id(), b.resolutions());
        }
        Event e = new Event("ev", "t", null, docs.stream().map(AnalyzedDocument::id).toList(), 1, List.of());
        return aligner.align(e, docs, res, java.util.Set::of);
    }

    @Test
    void sameEntitiesAndSameFigureAgreeAcrossLanguages() {
        List<Claim> claims = align(
                Analyzed.build("en", "en", "The captain Zhuravlov said the crew of 19 left the Baltic Aurora in Gothenburg unhurt. Weather was calm today.",
                        List.of(), "Zhuravlov", PER, "zh", "Baltic Aurora", ORG, "ship", "Gothenburg", LOC, "gbg"),
                Analyzed.build("sv", "sv", "Samtliga 19 besättningsmän lämnade Baltic Aurora i Göteborg, enligt befälhavaren Zjuravlov. Vädret var lugnt.",
                        List.of(), "Zjuravlov", PER, "zh", "Baltic Aurora", ORG, "ship", "Göteborg", LOC, "gbg"));
        assertThat(claims).as(claims.toString()).filteredOn(c -> c.relation() == ClaimRelation.AGREE).singleElement()
                .satisfies(c -> {
                    assertThat(c.statements()).extracting(s -> s.provenance().document()).containsExactly("en", "sv");
                    assertThat(c.reason()).contains("shared entities").contains("19");
                });
    }

    @Test
    void conflictingFractionsDiffer() {
        List<Claim> claims = align(
                Analyzed.build("en", "en", "The convoy of Wagner covered half the distance to Moscow before it stopped.",
                        List.of(), "Wagner", ORG, "wagner", "Moscow", LOC, "moscow"),
                Analyzed.build("sv", "sv", "Wagners konvoj körde fyra femtedelar av vägen till Moskva innan den stannade.",
                        List.of(), "Wagners", ORG, "wagner", "Moskva", LOC, "moscow"));
        assertThat(claims).filteredOn(c -> c.relation() == ClaimRelation.DIFFER).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("0.50 fraction vs 0.80 fraction"));
    }

    @Test
    void unmatchedFactLikeStatementIsOnlyInItsSource() {
        List<Claim> claims = align(
                Analyzed.build("a", "en", "Berg met Lindqvist and Ortiz in Lyon on the second day of talks.",
                        List.of(), "Berg", PER, "berg", "Lindqvist", PER, "lind", "Ortiz", PER, "ortiz", "Lyon", LOC, "lyon"),
                Analyzed.build("b", "en", "Heavy rain fell over the harbour in Kiel all week long.",
                        List.of(), "Kiel", LOC, "kiel"));
        assertThat(claims).extracting(Claim::relation).containsExactly(ClaimRelation.ONLY);
        assertThat(claims.getFirst().statements().getFirst().provenance().document()).isEqualTo("a");
    }

    @Test
    void singleSourceEventHasNoClaims() {
        assertThat(align(Analyzed.build("a", "en", "Berg met Lindqvist and Ortiz in Lyon today for talks.",
                List.of(), "Berg", PER, "berg", "Lindqvist", PER, "lind"))).isEmpty();
    }

    @Test
    void cognatesAcrossLanguages() {
        assertThat(Cognates.related("convoy", "konvoj")).isTrue();
        assertThat(Cognates.related("helicopters", "helikoptrar")).isTrue();
        assertThat(Cognates.related("military", "militär")).isTrue();
        assertThat(Cognates.related("convoy", "country")).isFalse();
        assertThat(Cognates.related("fire", "five")).isFalse();
    }

    @Test
    void oneFactInThreeSourcesIsOneClaimWithThreeStatements() {
        List<Claim> claims = align(
                Analyzed.build("en", "en", "Mayor Peter Hansen opened the Lafayette bridge in Lyon after repairs.",
                        List.of(), "Peter Hansen", PER, "hansen", "Lafayette", ORG, "bridge", "Lyon", LOC, "lyon"),
                Analyzed.build("sv", "sv", "Borgmästaren Peter Hansen öppnade Lafayette-bron i Lyon efter reparationerna.",
                        List.of(), "Peter Hansen", PER, "hansen", "Lafayette", ORG, "bridge", "Lyon", LOC, "lyon"),
                Analyzed.build("de", "de", "Bürgermeister Peter Hansen hat die Lafayette-Brücke in Lyon wieder eröffnet.",
                        List.of(), "Peter Hansen", PER, "hansen", "Lafayette", ORG, "bridge", "Lyon", LOC, "lyon"));
        assertThat(claims).filteredOn(c -> c.relation() == ClaimRelation.AGREE).singleElement()
                .satisfies(c -> assertThat(c.statements()).extracting(s -> s.provenance().document())
                        .containsExactly("de", "en", "sv"));
    }
}
