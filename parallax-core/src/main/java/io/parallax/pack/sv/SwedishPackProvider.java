package io.parallax.pack.sv;

import io.parallax.pack.LanguagePack;
import io.parallax.pack.LanguagePackProvider;

import java.util.Set;

/** Provides the full {@link SwedishPack}. Stateless. */
public final class SwedishPackProvider implements LanguagePackProvider {

    @Override
    public Set<String> languages() {
        return Set.of("sv");
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public LanguagePack create(String language) {
        if (!"sv".equals(language)) {
            throw new IllegalArgumentException("the Swedish pack cannot serve '" + language + "'");
        }
        return new SwedishPack();
    }
}
