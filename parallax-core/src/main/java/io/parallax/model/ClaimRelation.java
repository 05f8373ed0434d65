package io.parallax.model;

/** How sources relate on one claim: they agree, they differ, or only one source makes it. */
public enum ClaimRelation {
    AGREE, DIFFER, ONLY;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
