package io.parallax.extract;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A run of text between block boundaries, with what the segmenter learnt about it. Mutable only while the
 * extractor works on one page; never shared.
 */
final class Block {
    final Element paragraph;
    List<Element> boilerplate;
    boolean strong;
    final boolean heading;
    final StringBuilder text = new StringBuilder();
    int chars;
    int linkChars;
    int commas;

    Block(Element paragraph, List<Element> boilerplate, boolean strong, boolean heading) {
        this.paragraph = paragraph;
        this.boilerplate = boilerplate;
        this.strong = strong;
        this.heading = heading;
    }

    double linkDensity() {
        return chars == 0 ? 0 : linkChars / (double) chars;
    }
}
