package io.parallax.pack.en;

import io.parallax.pack.LanguagePack;
import io.parallax.pack.LanguagePackProvider;

import java.util.Set;

/** Provides the full {@link EnglishPack}. Stateless. */
public final class EnglishPackProvider implements LanguagePackProvider {

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public LanguagePack create(String language) {
        if (!"en".equals(language)) {
            throw new IllegalArgumentException("the English pack cannot serve '" + language + "'");
        }
        return new EnglishPack();
    }
}
