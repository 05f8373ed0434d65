package io.parallax.ner.train;

import io.parallax.ner.DictionaryWords;
import io.parallax.ner.Hash64;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a hunspell dictionary ({@code NAME.aff} and {@code NAME.dic}, e.g. Debian's hunspell-sv) with Lucene's
 * hunspell support and turns every simple word form it generates (compounds are not enumerated) into
 * {@link DictionaryWords}: lower-case forms are common words, capitalised ones proper names. Stateless.
 */
public final class HunspellForms {

    private HunspellForms() {
    }

    /**
     * @param prefix the dictionary's path without extension ({@code /usr/share/hunspell/sv_SE})
     * @throws UncheckedIOException when a file is missing or not a hunspell dictionary
     */
    public static DictionaryWords read(Path prefix) {
        Path aff = Path.of(prefix + ".aff");
        Path dic = Path.of(prefix + ".dic");
        Map<String, Integer> classes = new HashMap<>();
        try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
            new WordFormGenerator(dictionary).generateAllSimpleWords(w -> add(classes, w.getWord()), () -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hunspell dictionary " + prefix + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new UncheckedIOException("bad hunspell dictionary " + prefix + ": " + e.getMessage(),
                    new IOException(e));
        }
        long[] hashes = new long[classes.size()];
        byte[] values = new byte[classes.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(classes).entrySet()) {
            hashes[i] = Hash64.of(e.getKey());
            values[i++] = (byte) (int) e.getValue();
        }
        return new DictionaryWords(hashes, values);
    }

    private static void add(Map<String, Integer> classes, String form) {
        if (form.isEmpty() || !Character.isLetter(form.charAt(0))) {
            return;
        }
        int c = Character.isUpperCase(form.charAt(0)) ? DictionaryWords.PROPER : DictionaryWords.COMMON;
        classes.merge(form.toLowerCase(Locale.ROOT), c, (x, y) -> x | y);
    }
}
