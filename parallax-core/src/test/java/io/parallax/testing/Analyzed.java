package io.parallax.testing;

import io.parallax.link.Resolution;
import io.parallax.model.AnalyzedDocument;
import io.parallax.model.Document;
import io.parallax.model.LanguageGuess;
import io.parallax.model.Mention;
import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Analysed documents for corpus-stage tests, with mentions resolved to entity ids by a rule the test states:
 * each mention's entity is the lower-cased key the test maps its surface form to. The linker is not under test.
 */
public final class Analyzed {

    private Analyzed() {
    }

    /** A document with mentions; {@code formTypeEntity} is form, type, entity id, repeated. */
    public static Built build(String id, String lang, String text, List<TimeExpression> times, Object... formTypeEntity) {
        Document doc = TestDocs.document(id, text);
        List<Sentence> sentences = TestDocs.sentences(doc);
        List<Object> formsAndTypes = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < formTypeEntity.length; i += 3) {
            formsAndTypes.add(formTypeEntity[i]);
            formsAndTypes.add(formTypeEntity[i + 1]);
            forms.add((String) formTypeEntity[i]);
            entities.add((String) formTypeEntity[i + 2]);
        }
        List<Mention> mentions = TestDocs.mentions(doc, sentences, formsAndTypes.toArray());
        List<Resolution> resolutions = mentions.stream()
                .map(m -> new Resolution(m, entities.get(forms.indexOf(m.text())).toLowerCase(Locale.ROOT), 1.0, "test"))
                .toList();
        AnalyzedDocument a = new AnalyzedDocument(doc, new LanguageGuess(lang, 1.0), sentences, mentions, times,
                List.of(), List.of());
        return new Built(a, resolutions);
    }

    /** An analysed document and the resolutions of its mentions. */
    public record Built(AnalyzedDocument document, List<Resolution> resolutions) {
    }
}
