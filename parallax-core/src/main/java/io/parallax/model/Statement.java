package io.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A checkable assertion made by one document: usually one sentence or clause, with what it is about.
 *
 * @param text       the statement as written
 * @param provenance its span and the extractor's confidence
 * @param language   ISO 639-1 code of the text
 * @param mentions   names inside the span
 * @param quantities numbers stated (normalised), for comparing figures across sources
 * @param negated    true when the statement is negated ("did not intervene")
 */
public record Statement(String text, Provenance provenance, String language, List<Mention> mentions,
                        List<Quantity> quantities, boolean negated) {

    public Statement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        mentions = List.copyOf(mentions);
        quantities = List.copyOf(quantities);
    }

    /** A normalised number with its unit, if any ("800 km" is 800.0 and "km"). */
    public record Quantity(double value, String unit, Provenance provenance) {
    }
}
