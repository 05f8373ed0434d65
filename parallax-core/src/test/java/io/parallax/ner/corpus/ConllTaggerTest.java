package io.parallax.ner.corpus;

import io.parallax.model.EntityType;
import io.parallax.ner.NameFinder;
import io.parallax.ner.NameSpan;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConllTaggerTest {

    /** Tags every capitalised token as a one-token LOC, and remembers the document sizes it was given. */
    private final List<Integer> documentSizes = new ArrayList<>();
    private final NameFinder capitals = new NameFinder() {
        @Override
        public List<NameSpan> find(String[] tokens) {
            List<NameSpan> out = new ArrayList<>();
            for (int i = 0; i < tokens.length; i++) {
                if (Character.isUpperCase(tokens[i].charAt(0))) {
                    out.add(new NameSpan(i, i + 1, EntityType.LOC, 0.9));
                }
            }
            return out;
        }

        @Override
        public List<List<NameSpan>> findAll(List<String[]> sentences) {
            documentSizes.add(sentences.size());
            return NameFinder.super.findAll(sentences);
        }
    };

    @Test
    void appendsATagToTokenLinesAndPassesTheRestThrough() throws IOException {
        String in = "-DOCSTART- -X- -X- O\n\nIn IN O O\nParis NNP O B-LOC\n\n# comment\nok O\n";
        assertThat(tag(in)).isEqualTo("-DOCSTART- -X- -X- O\n\nIn IN O O\tB-LOC\nParis NNP O B-LOC\tB-LOC\n\n"
                + "# comment\nok O\tO\n");
        assertThat(documentSizes).containsExactly(2);
    }

    @Test
    void tagsUnerFilesByTheirTokenColumn() throws IOException {
        String in = "# sent_id = 1\n1\tbor\tO\t-\t-\n2\tLund\tB-LOC\t-\t-\n\n";
        assertThat(tag(in)).isEqualTo("# sent_id = 1\n1\tbor\tO\t-\t-\tO\n2\tLund\tB-LOC\t-\t-\tB-LOC\n\n");
    }

    @Test
    void cutsInputWithoutDocumentMarkersIntoBlocks() throws IOException {
        String in = "a\t0\n\n".repeat(45);
        tag(in);
        assertThat(documentSizes).containsExactly(20, 20, 5);
    }

    @Test
    void handlesEmptyInput() throws IOException {
        assertThat(tag("")).isEmpty();
    }

    private String tag(String in) throws IOException {
        StringWriter out = new StringWriter();
        ConllTagger.tag(new BufferedReader(new StringReader(in)), out, capitals);
        return out.toString();
    }
}
