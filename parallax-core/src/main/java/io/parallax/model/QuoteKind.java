package io.parallax.model;

/** Direct speech is in quotation marks; reported speech is paraphrase attributed to a speaker. */
public enum QuoteKind {
    DIRECT, REPORTED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
