package io.parallax.pack;

import java.util.Set;

/**
 * Service-provider interface: makes language packs. Listed in
 * {@code META-INF/services/io.parallax.pack.LanguagePackProvider}. Constructors must be cheap; the heavy work
 * (loading models) belongs in the pack, on first use.
 */
public interface LanguagePackProvider {

    /** The ISO 639-1 codes this provider has packs for. */
    Set<String> languages();

    /**
     * Higher wins when two providers cover one language: a full pack (models for everything) outranks a base pack
     * (tokenisation and stemming only).
     */
    int priority();

    /** A new pack for one of {@link #languages()}. */
    LanguagePack create(String language);
}
