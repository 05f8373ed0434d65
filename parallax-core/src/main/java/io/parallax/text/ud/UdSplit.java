package io.parallax.text.ud;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A fixed training/held-out split of treebank sentences. Sentences are grouped in blocks of consecutive sentences
 * (so that a held-out sentence's neighbours are mostly held out too), the blocks are shuffled with a seed, and a
 * share of them is held out. The same input, seed and sizes always give the same split.
 *
 * @param train   sentences to train on
 * @param heldOut sentences to report on, never trained on
 */
public record UdSplit(List<UdSentence> train, List<UdSentence> heldOut) {

    public UdSplit {
        train = List.copyOf(train);
        heldOut = List.copyOf(heldOut);
    }

    /**
     * @param sentences    all sentences, in treebank order
     * @param seed         shuffle seed
     * @param heldOutShare share of blocks held out, in (0, 1)
     * @param blockSize    consecutive sentences per block
     */
    public static UdSplit of(List<UdSentence> sentences, long seed, double heldOutShare, int blockSize) {
        if (!(heldOutShare > 0 && heldOutShare < 1) || blockSize < 1) {
            throw new IllegalArgumentException("held-out share must be in (0, 1) and block size positive");
        }
        List<List<UdSentence>> blocks = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += blockSize) {
            blocks.add(sentences.subList(i, Math.min(sentences.size(), i + blockSize)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int held = (int) Math.round(blocks.size() * heldOutShare);
        boolean[] isHeld = new boolean[blocks.size()];
        for (int i = 0; i < held; i++) {
            isHeld[order.get(i)] = true;
        }
        List<UdSentence> train = new ArrayList<>();
        List<UdSentence> test = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            (isHeld[b] ? test : train).addAll(blocks.get(b));
        }
        return new UdSplit(train, test);
    }
}
