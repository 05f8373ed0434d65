package io.parallax.pack.base;

import io.parallax.pack.LanguagePack;
import io.parallax.pack.LanguagePackProvider;

import java.util.Set;

/** Provides a {@link BasePack} for every language in {@link LuceneLanguages}. Stateless. */
public final class BasePackProvider implements LanguagePackProvider {

    /** Priority of base packs: below any full pack. */
    public static final int PRIORITY = 10;

    @Override
    public Set<String> languages() {
        return LuceneLanguages.all().keySet();
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public LanguagePack create(String language) {
        return new BasePack(language);
    }
}
