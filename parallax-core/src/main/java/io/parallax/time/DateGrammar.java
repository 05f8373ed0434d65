package io.parallax.time;

import io.parallax.model.Sentence;
import io.parallax.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds and normalises the time expressions of one language in a sentence. Thread-safe.
 */
@FunctionalInterface
public interface DateGrammar {

    /**
     * @param document the document id, for provenance
     * @param sentence the sentence, with document offsets
     * @param anchor   the date relative expressions resolve against (usually the publication date), or
     *                 {@code null} when unknown, in which case relative expressions are left out
     * @return the expressions found, in order, with document offsets
     */
    List<TimeExpression> find(String document, Sentence sentence, LocalDate anchor);
}
