package io.parallax.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matching keys for names: a lossy, spelling-convention-free skeleton under which the English, Swedish, German and
 * French romanisations of one Slavic name, and its original Cyrillic, coincide (Prigozhin, Prigozjin, Prigoschin,
 * Prigojine and Пригожин all give {@code prigoshin}).
 *
 * <p>The skeleton merges what romanisations disagree on: zh/sh/sch (ж, ш), kh/h (х), y/j/i (й, ы, the soft
 * sign), w/v, x/ks, doubled letters, a word-initial ye/je/ie, and -off/-ov. It is a key for finding candidates,
 * not a proof of identity: callers confirm with types, context or a {@link NameMatcher}.
 *
 * <p>Thread-safe and immutable. {@link #VERSION} changes whenever keys change, so that stored keys (the gazetteer)
 * can tell they are stale.
 */
public final class NameKeys {

    /** Version of the key function; data built with another version must be rebuilt. */
    public static final int VERSION = 1;

    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final String[][] SKELETON = {
            {"shch", "sh"}, {"sch", "sh"}, {"zh", "sh"}, {"kh", "h"}, {"tsch", "ch"}, {"tch", "ch"},
            {"ck", "k"}, {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"ph", "f"}, {"tz", "ts"}, {"y", "i"}, {"j", "i"},
    };

    private final Romanizer romanizer;

    public NameKeys(Romanizer romanizer) {
        this.romanizer = Objects.requireNonNull(romanizer, "romanizer");
    }

    public Romanizer romanizer() {
        return romanizer;
    }

    /** The key of a name under no particular language's conventions. Empty when the name has no letters. */
    public String key(String name) {
        return skeleton(romanizer.romanize(name));
    }

    /**
     * The key of a name as written by a speaker of {@code conventions}' language: a Latin-script name is first
     * re-spelled from that language's romanisation into the English one (Swedish zj → zh).
     */
    public String key(String name, NameConventions conventions) {
        String roman = romanizer.romanize(name);
        if (Script.of(name) == Script.LATIN) {
            roman = conventions.respell(roman);
        }
        return skeleton(roman);
    }

    /** The generic key and the language's key (often the same), without empties. */
    public Set<String> keys(String name, NameConventions conventions) {
        Set<String> out = new LinkedHashSet<>();
        String generic = key(name);
        if (!generic.isEmpty()) {
            out.add(generic);
        }
        String own = key(name, conventions);
        if (!own.isEmpty()) {
            out.add(own);
        }
        return out;
    }

    /** The space-separated words of a key. */
    public static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The skeleton of lower-case ASCII text: words of letters only, separated by one space. */
    static String skeleton(String asciiLower) {
        StringBuilder out = new StringBuilder(asciiLower.length());
        for (String word : NON_LETTERS.split(asciiLower)) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(skeletonWord(word));
        }
        return out.toString();
    }

    private static String skeletonWord(String word) {
        String w = word;
        if (w.endsWith("ff")) {
            w = w.substring(0, w.length() - 2) + "v";   // Smirnoff, Rachmaninoff: the French/old -ov
        }
        for (String[] r : SKELETON) {
            w = w.replace(r[0], r[1]);
        }
        w = collapse(w);
        if (w.length() > 2 && w.startsWith("ie")) {
            w = w.substring(1);   // Yevgeny, Jevgenij, Ievgueni, Evgeny
        }
        return w;
    }

    private static String collapse(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
