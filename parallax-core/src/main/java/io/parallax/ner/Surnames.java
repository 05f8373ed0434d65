package io.parallax.ner;

import io.parallax.model.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In a document that names a person in full ({@code MaliVai Washington}), a name of one word that is that person's
 * last name ({@code Washington}) is the person, whatever type the recogniser gave it. News writes a person's full
 * name once and the surname after it; a recogniser that sees the surname alone reads it by what it usually is (a
 * place, here), and its document stage does not always overrule that. Names written family name first are not
 * covered: the rule is for languages whose names end in the family name (English and Swedish). Immutable and
 * thread-safe when the wrapped finder is.
 */
public final class Surnames extends NameRefiner {

    public Surnames(NameFinder finder) {
        super(finder);
    }

    @Override
    List<NameSpan> refine(String[] tokens, List<NameSpan> found) {
        return found;
    }

    @Override
    List<List<NameSpan>> refineDocument(List<String[]> sentences, List<List<NameSpan>> found) {
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            for (NameSpan s : found.get(i)) {
                if (s.type() == EntityType.PER && s.end() - s.start() >= 2) {
                    surnames.add(sentences.get(i)[s.end() - 1]);
                }
            }
        }
        if (surnames.isEmpty()) {
            return found;
        }
        return retyped(sentences, found,
                (tokens, s) -> s.end() - s.start() == 1 && surnames.contains(tokens[s.start()]), EntityType.PER);
    }
}
