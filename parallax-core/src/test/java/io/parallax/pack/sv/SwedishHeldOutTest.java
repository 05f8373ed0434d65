package io.parallax.pack.sv;

import io.parallax.text.ud.TextEvaluator;
import io.parallax.text.ud.UdSplit;
import io.parallax.util.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped Swedish models on the fixed held-out part of UD Swedish (see {@link SwedishTreebank}). Guards the
 * figures in BENCHMARKS.md against regressions; skips when ../shared is absent.
 */
class SwedishHeldOutTest {

    @Test
    void heldOutScoresStayAtTheBar() throws Exception {
        Optional<Path> dir = SharedData.resolve("data/text/ud-swedish");
        assumeTrue(dir.isPresent(), "../shared/data/text/ud-swedish absent: skipping");
        UdSplit split = SwedishTreebank.load(dir.get());
        SwedishPack pack = new SwedishPack();
        assertThat(TextEvaluator.tokenization(pack.tokenizer(), split.heldOut()).f1()).isGreaterThanOrEqualTo(0.99);
        TextEvaluator.Accuracy[] acc = TextEvaluator.tagging(pack.tagger().orElseThrow(), split.heldOut());
        assertThat(acc[0].value()).as("UPOS").isGreaterThanOrEqualTo(0.945);
        assertThat(acc[1].value()).as("lemma").isGreaterThanOrEqualTo(0.95);
    }
}
