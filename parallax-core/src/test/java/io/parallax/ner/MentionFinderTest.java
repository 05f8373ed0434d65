package io.parallax.ner;

import io.parallax.model.Document;
import io.parallax.model.EntityType;
import io.parallax.model.Mention;
import io.parallax.model.Sentence;
import io.parallax.model.Span;
import io.parallax.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {

    private static final String TEXT = "This article was first published on The Conversation";

    /** One sentence of whitespace tokens, offsets into {@link #TEXT}. */
    private static List<Sentence> sentences() {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String t : TEXT.split(" ")) {
            at = TEXT.indexOf(t, at);
            tokens.add(new Token(t, at, at + t.length(), null, null));
            at += t.length();
        }
        return List.of(new Sentence(0, 0, TEXT.length(), TEXT, tokens));
    }

    /** Finds "The Conversation" as a place, and only when given the whole document, as context models do. */
    private static final NameFinder DOCUMENT_ONLY = new NameFinder() {
        @Override
        public List<NameSpan> find(String[] tokens) {
            return List.of();
        }

        @Override
        public List<List<NameSpan>> findAll(List<String[]> sentences) {
            return List.of(List.of(new NameSpan(6, 8, EntityType.LOC, 0.7)));
        }
    };

    private static Document document(String outlet) {
        return new Document("d1", null, null, List.of(), outlet, null, TEXT, List.of(new Span(0, TEXT.length())),
                Map.of());
    }

    @Test
    void givesTheFinderTheWholeDocument() {
        List<Mention> found = new MentionFinder(DOCUMENT_ONLY).find("d1", TEXT, sentences());
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("The Conversation");
            assertThat(m.provenance().start()).isEqualTo(TEXT.indexOf("The Conversation"));
            assertThat(m.type()).isEqualTo(EntityType.LOC);
        });
    }

    @Test
    void theDocumentsOwnOutletIsAnOrganisation() {
        assertThat(new MentionFinder(DOCUMENT_ONLY).find(document("The Conversation"), sentences()))
                .extracting(Mention::type).containsExactly(EntityType.ORG);
        assertThat(new MentionFinder(DOCUMENT_ONLY).find(document("Dagens Nyheter"), sentences()))
                .extracting(Mention::type).containsExactly(EntityType.LOC);
        assertThat(new MentionFinder(DOCUMENT_ONLY).find(document(null), sentences()))
                .extracting(Mention::type).containsExactly(EntityType.LOC);
    }
}
