package io.parallax.ner.train;

import io.parallax.ner.DictionaryWords;
import io.parallax.ner.Hash64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HunspellFormsTest {

    @Test
    void expandsAffixesAndTellsCommonWordsFromNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tiny.aff"), "SET UTF-8\nSFX A Y 1\nSFX A 0 en .\n");
        Files.writeString(dir.resolve("tiny.dic"), "3\npolis/A\nBorås\nMalmö/A\n");
        DictionaryWords words = HunspellForms.read(dir.resolve("tiny"));
        assertThat(words.classOf(Hash64.of("polis"))).isEqualTo(DictionaryWords.COMMON);
        assertThat(words.classOf(Hash64.of("polisen"))).isEqualTo(DictionaryWords.COMMON);
        assertThat(words.classOf(Hash64.of("borås"))).isEqualTo(DictionaryWords.PROPER);
        assertThat(words.classOf(Hash64.of("malmöen"))).isEqualTo(DictionaryWords.PROPER);
        assertThat(words.classOf(Hash64.of("westman"))).isZero();
    }

    @Test
    void failsClearlyWithoutTheFiles(@TempDir Path dir) {
        assertThatThrownBy(() -> HunspellForms.read(dir.resolve("missing")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing");
    }
}
