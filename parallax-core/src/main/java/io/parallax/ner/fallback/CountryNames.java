package io.parallax.ner.fallback;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of countries as one language writes them, and as English does, from Unicode CLDR through ICU4J
 * (full and short forms: "Vereinigte Staaten", "USA"). A word that is exactly a country's name in the text's own
 * language is a place with more certainty than a gazetteer key match, whose many foreign and transliterated
 * names collide with common words ("Mann", a romanisation of Oman). Stateless.
 */
final class CountryNames {

    private CountryNames() {
    }

    /**
     * The lower-case country names of {@code language} and English.
     *
     * @param codes ISO 3166-1 alpha-2 codes of the countries to name
     */
    static Set<String> of(String language, Set<String> codes) {
        Set<String> out = new HashSet<>();
        for (String lang : new String[]{language, "en"}) {
            ULocale locale = new ULocale(lang);
            LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale);
            LocaleDisplayNames brief = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
            for (String code : codes) {
                add(out, full.regionDisplayName(code), code);
                add(out, brief.regionDisplayName(code), code);
            }
        }
        return Set.copyOf(out);
    }

    private static void add(Set<String> out, String name, String code) {
        if (name != null && !name.isBlank() && !name.equals(code)) {
            out.add(name.toLowerCase(Locale.ROOT));
        }
    }
}
