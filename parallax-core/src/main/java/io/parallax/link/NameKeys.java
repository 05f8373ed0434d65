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
 * <p>A name in Han characters is keyed as written (in simplified characters, the parts of a foreign name that
 * the dot joins as words: "唐纳德·特朗普" → "唐纳德 特朗普"), not by its toneless pinyin: the
 * syllables of names sound like too many common words ("为其", "for its", and 维琪, Vichy, are both "wei qi";
 * "背景是", "the background is", and 北京市, Beijing, both "bei jing shi"). The price is a transliteration written
 * with other characters of the same sound (布莱顿 and 布赖顿, Brighton), which no longer match.
 *
 * <p>Keys are memoised in bounded caches (a corpus names the same people and places again and again, and the
 * registry asks for each name's keys several times): by default up to {@value #DEFAULT_CACHE} recent names per
 * generation. Caching never changes a key.
 *
 * <p>Thread-safe. {@link #VERSION} changes whenever keys change, so that stored keys (the gazetteer) can tell they
 * are stale.
 */
public final class NameKeys {

    /** Version of the key function; data built with another version must be rebuilt. */
    public static final int VERSION = 5;

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final String[][] SKELETON = {
            {"shch", "sh"}, {"sch", "sh"}, {"zh", "sh"}, {"kh", "h"}, {"tsch", "ch"}, {"tch", "ch"},
            {"ck", "k"}, {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"ph", "f"}, {"tz", "ts"}, {"y", "i"}, {"j", "i"},
    };

    /** Names remembered per cache generation by default. */
    public static final int DEFAULT_CACHE = 32_768;

    private final Romanizer romanizer;
    /** A name's romanisation, whether it is Latin script, and its generic key. */
    private final BoundedCache<String, Keyed> generic;
    /** A name's key under one language's conventions (by identity: conventions are loaded once and shared). */
    private final BoundedCache<ConventionsKey, String> own;

    private record Keyed(String roman, boolean latin, String key) {
    }

    /** A name under a conventions object, compared by the object's identity (records compare whole rule sets). */
    private record ConventionsKey(NameConventions conventions, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ConventionsKey k && k.conventions == conventions && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(conventions) + name.hashCode();
        }
    }

    public NameKeys(Romanizer romanizer) {
        this(romanizer, DEFAULT_CACHE);
    }

    /**
     * @param romanizer     the romanizer
     * @param cacheCapacity names remembered per cache generation (memory grows with it: about 200 bytes a name)
     */
    public NameKeys(Romanizer romanizer, int cacheCapacity) {
        this.romanizer = Objects.requireNonNull(romanizer, "romanizer");
        this.generic = new BoundedCache<>(cacheCapacity);
        this.own = new BoundedCache<>(cacheCapacity);
    }

    public Romanizer romanizer() {
        return romanizer;
    }

    /** The key of a name under no particular language's conventions. Empty when the name has no letters. */
    public String key(String name) {
        return keyed(name).key();
    }

    private Keyed keyed(String name) {
        return generic.get(name, n -> {
            String roman = romanizer.romanize(n);
            Script script = Script.of(n);
            String key = script == Script.HAN ? romanizer.simplifiedWords(n) : skeleton(roman);
            return new Keyed(roman, script == Script.LATIN, key);
        });
    }

    /**
     * The skeleton of a name's romanisation, whatever its script: what {@link #key(String)} is except for Han
     * names. For comparing a name with its spelling in another script, where the romanisation is the point.
     */
    public String romanKey(String name) {
        return skeleton(keyed(name).roman());
    }

    /**
     * The key of a name as written by a speaker of {@code conventions}' language: a Latin-script name is first
     * re-spelled from that language's romanisation into the English one (Swedish zj → zh).
     */
    public String key(String name, NameConventions conventions) {
        Keyed k = keyed(name);
        if (!k.latin()) {
            return k.key();
        }
        return own.get(new ConventionsKey(conventions, name), ck -> skeleton(conventions.respell(k.roman())));
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

    /**
     * The consonant skeleton of a romanised name, for finding candidates across scripts that leave vowels unwritten
     * (Arabic, Hebrew): vowels and the letters that stand for them there (w, y, h) dropped, sounds those scripts
     * write with one letter merged (p/b, v/f, c/k/q, g/j, z/s, x/ks), doubled letters single. "dwnald trmb" and
     * "Donald Trump" both give "dnld trmb". Words stay apart. A key for finding candidates, never a proof.
     */
    public static String consonants(String roman) {
        StringBuilder out = new StringBuilder(roman.length());
        for (String word : SEPARATORS.split(roman.toLowerCase(java.util.Locale.ROOT))) {
            StringBuilder w = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                String c = switch (word.charAt(i)) {
                    case 'a', 'e', 'i', 'o', 'u', 'w', 'y', 'h' -> "";
                    case 'p' -> "b";
                    case 'v' -> "f";
                    case 'c', 'q' -> "k";
                    case 'g' -> "j";
                    case 'x' -> "ks";
                    case 'z' -> "s";
                    default -> String.valueOf(word.charAt(i));
                };
                if (!c.isEmpty() && (w.isEmpty() || w.charAt(w.length() - 1) != c.charAt(c.length() - 1))) {
                    w.append(c);
                }
            }
            if (!w.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
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

    /**
     * The skeleton of lower-case ASCII text: words of letters and digits, separated by one space. Digits are kept
     * and never merged, so that the G7 is not the G20.
     */
    static String skeleton(String asciiLower) {
        StringBuilder out = new StringBuilder(asciiLower.length());
        for (String word : SEPARATORS.split(asciiLower)) {
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
            if (b.isEmpty() || b.charAt(b.length() - 1) != c || Character.isDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
