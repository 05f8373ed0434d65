package io.parallax.link;

import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.EntityType;
import io.parallax.model.LanguageGuess;
import io.parallax.model.Mention;
import io.parallax.model.Provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds analysed documents with hand-made mentions, the way the NER stage will deliver them. */
final class Docs {

    private Docs() {
    }

    /** A mention to find in the text: its surface and type. */
    record M(String text, EntityType type) {
    }

    static M per(String t) {
        return new M(t, EntityType.PER);
    }

    static M org(String t) {
        return new M(t, EntityType.ORG);
    }

    static M loc(String t) {
        return new M(t, EntityType.LOC);
    }

    static M misc(String t) {
        return new M(t, EntityType.MISC);
    }

    /**
     * A document whose text is the mentions joined by " … " (each mention at a real offset), in one sentence.
     */
    static AnalyzedDocument doc(String id, String lang, M... mentions) {
        StringBuilder text = new StringBuilder();
        for (M m : mentions) {
            text.append(text.isEmpty() ? "" : " … ").append(m.text());
        }
        return inText(id, lang, text.toString(), mentions);
    }

    /** A document of the given text, each mention at the first place after the previous one where it occurs. */
    static AnalyzedDocument inText(String id, String lang, String text, M... mentions) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (M m : mentions) {
            int start = text.indexOf(m.text(), from);
            if (start < 0) {
                throw new IllegalArgumentException("no '" + m.text() + "' after offset " + from);
            }
            from = start + m.text().length();
            out.add(new Mention(m.text(), m.type(), Provenance.of(id, start, from), 0));
        }
        Document d = new Document(id, null, null, List.of(), null, LocalDate.of(2023, 6, 30), text,
                List.of(), Map.of());
        return new AnalyzedDocument(d, new LanguageGuess(lang, 0.99), List.of(), out, List.of(), List.of(),
                List.of());
    }
}
