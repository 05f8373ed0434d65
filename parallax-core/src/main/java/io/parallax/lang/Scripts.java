package io.parallax.lang;

import com.ibm.icu.lang.UScript;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Script detection: which writing systems (Unicode scripts, by ICU's names: Latin, Cyrillic, Arabic, Han, Hiragana,
 * Hangul, Devanagari, Ethiopic …) the letters of a text are in, and how many letters each has. Combining marks and
 * digits count for no script. Stateless and thread-safe.
 */
public final class Scripts {

    /** The script of text without letters. */
    public static final String NONE = "Zyyy";

    private Scripts() {
    }

    /**
     * Letters per script, most letters first.
     *
     * @param maxChars characters of input looked at (bounds the time on huge input)
     */
    public static Map<String, Integer> profile(CharSequence text, int maxChars) {
        Map<Integer, Integer> counts = new TreeMap<>();
        int limit = Math.min(text.length(), maxChars);
        for (int i = 0; i < limit; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                counts.merge(UScript.getScript(c), 1, Integer::sum);
            }
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> out.put(UScript.getName(e.getKey()), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** The script most letters are in (the first of a tie), or {@link #NONE} for text without letters. */
    public static String dominant(CharSequence text) {
        return profile(text, 100_000).keySet().stream().findFirst().orElse(NONE);
    }
}
