package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConllReaderTest {

    @Test
    void readsConll2003WithDocuments() throws IOException {
        String text = """
                -DOCSTART- -X- -X- O

                EU NNP B-NP B-ORG
                rejects VBZ B-VP O
                German JJ B-NP B-MISC
                call NN I-NP O

                Peter NNP B-NP B-PER
                Blackburn NNP I-NP I-PER

                -DOCSTART- -X- -X- O

                BRUSSELS NNP B-NP B-LOC
                """;
        List<LabeledDocument> docs = ConllReader.read(new StringReader(text), "t");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences()).hasSize(2);
        LabeledSentence first = docs.get(0).sentences().get(0);
        assertThat(first.tokens()).containsExactly("EU", "rejects", "German", "call");
        assertThat(first.names()).extracting(n -> n.type()).containsExactly(EntityType.ORG, EntityType.MISC);
        assertThat(docs.get(0).sentences().get(1).text(docs.get(0).sentences().get(1).names().get(0)))
                .isEqualTo("Peter Blackburn");
    }

    @Test
    void readsUnerIob2WithTokenInTheSecondColumn() throws IOException {
        String text = "# newdoc id = P1\n# sent_id = 1\n# text = I Stockholm bor 3 .\n"
                + "1\tI\tO\t-\t-\n2\tStockholm\tB-LOC\t-\t-\n3\tbor\tO\t-\t-\n4\t3\tO\t-\t-\n5\t.\tO\t-\t-\n\n";
        LabeledSentence s = ConllReader.read(new StringReader(text), "u").get(0).sentences().get(0);
        assertThat(s.tokens()).containsExactly("I", "Stockholm", "bor", "3", ".");
        assertThat(s.names()).singleElement().satisfies(n -> {
            assertThat(n.start()).isEqualTo(1);
            assertThat(n.type()).isEqualTo(EntityType.LOC);
        });
    }

    @Test
    void readsTheSwedishCorpusMixedSeparatorsAndBareTags() throws IOException {
        String text = "Gunhild\tPER\nWestman    PER\n,\t0\nvid 0\nUppsala\tORG\nuniversitet   ORG\n\n";
        LabeledSentence s = ConllReader.read(new StringReader(text), "sv").get(0).sentences().get(0);
        assertThat(s.names()).extracting(s::text).containsExactly("Gunhild Westman", "Uppsala universitet");
        assertThat(s.names()).extracting(n -> n.type()).containsExactly(EntityType.PER, EntityType.ORG);
    }

    @Test
    void namesTheFileAndLineOfABadTag() {
        assertThatThrownBy(() -> ConllReader.read(new StringReader("a O\nb B-XYZ\n\n"), "bad.txt"))
                .hasMessageContaining("bad.txt line 3").hasMessageContaining("XYZ");
    }
}
