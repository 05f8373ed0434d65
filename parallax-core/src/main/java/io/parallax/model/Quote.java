package io.parallax.model;

import java.util.Objects;

/**
 * Who said what: the quoted or reported content, the cue that introduced it, and the speaker as written.
 *
 * @param text       the content of the quotation (without quotation marks)
 * @param kind       direct or reported
 * @param provenance the content span and the extractor's confidence
 * @param cue        the speech verb or cue as written ("said", "sade", "announced"), or {@code null}
 * @param speaker    the speaker's name mention, or {@code null} when unattributed; the corpus links it to an entity
 */
public record Quote(String text, QuoteKind kind, Provenance provenance, String cue, Mention speaker) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
    }
}
