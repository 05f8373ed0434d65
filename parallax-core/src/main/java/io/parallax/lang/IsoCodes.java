package io.parallax.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps ISO 639-3 (and 639-2) language codes to ISO 639-1. Individual languages that detectors report in place of
 * their macrolanguage (Mandarin, Standard Latvian, Bokmål…) map to the macrolanguage's two-letter code. Codes
 * without a two-letter form stay as they are. Immutable and thread-safe.
 */
public final class IsoCodes {

    private static final Map<String, String> THREE_TO_TWO = build();

    private IsoCodes() {
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            String three = Locale.of(two).getISO3Language();
            if (!three.isEmpty()) {
                map.put(three, two);
            }
        }
        // ISO 639-2 bibliographic codes and individual members of macrolanguages.
        String[][] extra = {
                {"cmn", "zh"}, {"chi", "zh"}, {"yue", "zh"}, {"nob", "nb"}, {"nno", "nn"}, {"lvs", "lv"},
                {"ekk", "et"}, {"pes", "fa"}, {"prs", "fa"}, {"per", "fa"}, {"zsm", "ms"}, {"zlm", "ms"},
                {"may", "ms"}, {"swh", "sw"}, {"azj", "az"}, {"azb", "az"}, {"uzn", "uz"}, {"khk", "mn"},
                {"npi", "ne"}, {"arb", "ar"}, {"als", "sq"}, {"alb", "sq"}, {"plt", "mg"}, {"gaz", "om"},
                {"ger", "de"}, {"fre", "fr"}, {"dut", "nl"}, {"gre", "el"}, {"cze", "cs"}, {"slo", "sk"},
                {"rum", "ro"}, {"mac", "mk"}, {"arm", "hy"}, {"geo", "ka"}, {"baq", "eu"}, {"ice", "is"},
                {"wel", "cy"}, {"bur", "my"}, {"tib", "bo"}, {"mao", "mi"}, {"ory", "or"}, {"pbt", "ps"},
                {"ydd", "yi"}, {"quz", "qu"}, {"tgl", "tl"}, {"fil", "tl"}, {"hbs", "sh"}};
        for (String[] e : extra) {
            map.put(e[0], e[1]);
        }
        return Map.copyOf(map);
    }

    /** The ISO 639-1 code for a 639-3/639-2 code; a two-letter input or an unknown code is returned lower-cased. */
    public static String toIso1(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return c.length() == 2 ? c : THREE_TO_TWO.getOrDefault(c, c);
    }
}
