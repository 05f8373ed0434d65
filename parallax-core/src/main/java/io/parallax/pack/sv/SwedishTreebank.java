package io.parallax.pack.sv;

import io.parallax.text.ud.ConlluReader;
import io.parallax.text.ud.UdSentence;
import io.parallax.text.ud.UdSplit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Swedish pack's training data and its fixed held-out part: UD Swedish Talbanken dev, LinES dev and LinES test
 * (from {@code ../shared/data/text/ud-swedish}), in that order, split in blocks of {@link #BLOCK} consecutive
 * sentences shuffled with {@link #SEED}; {@link #HELD_OUT} of the blocks are held out. The training command and the
 * tests use this one definition, so held-out figures are always on sentences the models never saw. Stateless.
 */
public final class SwedishTreebank {

    public static final long SEED = 20261122L;
    public static final double HELD_OUT = 0.2;
    public static final int BLOCK = 10;
    public static final List<String> FILES = List.of("talbanken-sv_talbanken-ud-dev.conllu",
            "lines-sv_lines-ud-dev.conllu", "lines-sv_lines-ud-test.conllu");

    private SwedishTreebank() {
    }

    /** @throws IOException when a file is missing or malformed */
    public static UdSplit load(Path dir) throws IOException {
        List<UdSentence> all = new ArrayList<>();
        for (String f : FILES) {
            all.addAll(ConlluReader.read(dir.resolve(f)));
        }
        return UdSplit.of(all, SEED, HELD_OUT, BLOCK);
    }
}
