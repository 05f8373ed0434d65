package io.parallax.pack;

import io.parallax.pack.base.UniversalPack;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The registry of language packs: picks, for each language, the pack of the highest-priority provider, and
 * creates each pack once. Thread-safe. One instance per pipeline: there is no global registry.
 */
public final class LanguagePacks {

    private final Map<String, LanguagePackProvider> providers;
    private final Function<String, LanguagePack> fallback;
    private final ConcurrentHashMap<String, LanguagePack> packs = new ConcurrentHashMap<>();

    /**
     * @param providers the providers to choose from
     * @param fallback  makes the pack for a language no provider covers (or for {@code und})
     */
    public LanguagePacks(Collection<? extends LanguagePackProvider> providers, Function<String, LanguagePack> fallback) {
        Map<String, LanguagePackProvider> best = new HashMap<>();
        providers.stream().sorted(Comparator.comparingInt(LanguagePackProvider::priority))
                .forEach(p -> p.languages().forEach(lang -> best.put(lang, p)));
        this.providers = Map.copyOf(best);
        this.fallback = fallback;
    }

    /**
     * The standard registry: every provider on the class path ({@link #discover()}) and the universal ICU-based
     * pack for any other language. Each call makes a new registry (no global state).
     */
    public static LanguagePacks standard() {
        return new LanguagePacks(discover(), UniversalPack::new);
    }

    /** The providers found on the class path through {@link ServiceLoader}. */
    public static List<LanguagePackProvider> discover() {
        return ServiceLoader.load(LanguagePackProvider.class).stream().map(ServiceLoader.Provider::get)
                .map(LanguagePackProvider.class::cast).toList();
    }

    /** The pack for an ISO 639-1 code; the fallback pack for a language without one. Never {@code null}. */
    public LanguagePack forLanguage(String language) {
        return packs.computeIfAbsent(language, lang -> {
            LanguagePackProvider provider = providers.get(lang);
            return provider != null ? provider.create(lang) : fallback.apply(lang);
        });
    }

    /** True when a provider (not the fallback) covers the language. */
    public boolean covers(String language) {
        return providers.containsKey(language);
    }

    public Set<String> languages() {
        return new TreeSet<>(providers.keySet());
    }
}
