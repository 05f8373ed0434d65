package io.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body in a page and returns its paragraphs.
 *
 * <p>The DOM is read once ({@link Segmenter}) into text blocks: the runs of text between block-level boundaries,
 * each with its length, the share of it inside links, and the ancestors whose class or id names mark boilerplate
 * (comments, sharing, related links, cookie banners …). Then:
 * <ol>
 *   <li>each paragraph-like block scores its parent, grandparent and great-grandparent (Readability's scheme: one
 *       point, one per comma, up to three for length, scaled by the share of text outside links), blocks under a
 *       boilerplate ancestor score nothing;</li>
 *   <li>candidates are weighted by their own class/id words and link density, and the best one is taken, moving up
 *       to an ancestor shared by several top candidates (articles split into several containers);</li>
 *   <li>the blocks inside the chosen container are kept unless they sit in a boilerplate element inside it, are
 *       mostly links, or are short stock phrases ("Advertisement", "Share this article").</li>
 * </ol>
 * Everything is linear in the size of the DOM. The DOM is not modified. Stateless and thread-safe.
 */
final class ContentExtractor {

    /** Body paragraphs and image captions, in document order. */
    record Content(List<String> paragraphs, List<String> captions) {
    }

    private static final double MIN_BEST_SCORE = 5;
    private static final Pattern STOCK = Pattern.compile(
            "(?iu)^(advertisement|anzeige|annons|werbung|sponsored|read more|read next|more:?|related:?|"
                    + "see also|share( this( article| story)?)?|tweet|email|print|comments?|follow us.*|"
                    + "sign up.*newsletter.*|subscribe.*|click here.*|weiterlesen|mehr zum thema.*|läs mer.*|"
                    + "läs också.*|dela|teilen|skip to .*|back to top|zurück|top)\\W*$");

    private ContentExtractor() {
    }

    static Content extract(Element body, ExtractionConfig config) {
        Segmenter seg = new Segmenter();
        NodeTraversor.filter(seg, body);
        seg.flush();
        List<Block> blocks = seg.blocks;
        Element top = choose(blocks, body, config, true);
        if (top == null) {
            top = choose(blocks, body, config, false);
        }
        Element container = top == null ? body : top;
        return new Content(select(blocks, container), seg.captions);
    }

    // ---- candidate selection

    static Element choose(List<Block> blocks, Element body, ExtractionConfig config, boolean respectBoilerplate) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.chars < config.minParagraph() || b.linkDensity() > 0.5 || b.heading
                    || (respectBoilerplate && b.strong)) {
                continue;
            }
            double s = (1 + b.commas + Math.min(3, b.chars / 100.0)) * (1 - b.linkDensity());
            Element owner = b.paragraph == body ? body : b.paragraph.parent();
            Element e = b.paragraph.normalName().equals("div") || b.paragraph.normalName().equals("td")
                    ? b.paragraph : owner;
            for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
                scores.computeIfAbsent(e, k -> new double[1])[0] += level == 0 ? s : level == 1 ? s / 2 : s / 6;
                if (e == body) {
                    break;
                }
            }
        }
        Map<Element, int[]> text = textTotals(blocks, scores.keySet());
        Element best = null;
        double bestScore = 0;
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (var entry : scores.entrySet()) {
            Element e = entry.getKey();
            int[] t = text.get(e);
            double density = t == null || t[0] == 0 ? 0 : t[1] / (double) t[0];
            double score = (entry.getValue()[0] + Words.classWeight(e)) * (1 - density);
            ranked.add(Map.entry(e, score));
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null || bestScore < MIN_BEST_SCORE) {
            return null;
        }
        return widen(best, bestScore, ranked, body);
    }

    /** Text and link characters of the blocks under each candidate. */
    private static Map<Element, int[]> textTotals(List<Block> blocks, Set<Element> candidates) {
        Map<Element, int[]> out = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (Element e = b.paragraph; e != null; e = e.parent()) {
                if (candidates.contains(e)) {
                    int[] t = out.computeIfAbsent(e, k -> new int[2]);
                    t[0] += b.chars;
                    t[1] += b.linkChars;
                }
            }
        }
        return out;
    }

    /**
     * Moves up from the best candidate while an ancestor holds other strong candidates too: articles are often
     * split into several sibling containers (lead, body, more body after an inline advert).
     */
    private static Element widen(Element best, double bestScore, List<Map.Entry<Element, Double>> ranked,
                                 Element body) {
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<Element> strong = new ArrayList<>();
        for (var e : ranked) {
            if (e.getKey() != best && e.getValue() >= 0.75 * bestScore && strong.size() < 4) {
                strong.add(e.getKey());
            }
        }
        Element top = best;
        for (Element anc = best.parent(); anc != null && anc != body && !strong.isEmpty(); anc = anc.parent()) {
            int inside = 0;
            for (Element s : strong) {
                if (isAncestor(anc, s)) {
                    inside++;
                }
            }
            if (inside >= Math.min(3, strong.size())) {
                top = anc;
                break;
            }
        }
        return top;
    }

    // ---- block selection

    private static List<String> select(List<Block> blocks, Element container) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!isAncestor(container, b.paragraph) || insideBoilerplate(b, container)) {
                continue;
            }
            String text = TextBuilder.normalize(b.text.toString());
            if (text.isEmpty() || isNoise(b, text)) {
                continue;
            }
            out.add(text);
        }
        return out;
    }

    private static boolean isNoise(Block b, String text) {
        if (b.linkDensity() > 0.5 && !(b.linkDensity() < 0.8 && b.chars > 200)) {
            return true;
        }
        return text.length() < 80 && STOCK.matcher(text).matches();
    }

    /** A boilerplate ancestor strictly inside the container (one outside it was not enough to reject it). */
    private static boolean insideBoilerplate(Block b, Element container) {
        for (Element e : b.boilerplate) {
            if (e != container && isAncestor(container, e)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- segmentation

    /** A run of text between block boundaries. */
    static final class Block {
        final Element paragraph;
        final List<Element> boilerplate;
        final boolean strong;
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

    /**
     * Reads the DOM once into blocks. Skips non-content elements (scripts, forms controls, navigation, asides,
     * footers, hidden elements), collects figure captions separately, and remembers boilerplate ancestors.
     */
    static final class Segmenter implements NodeFilter {

        private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "canvas",
                "iframe", "object", "embed", "button", "select", "option", "input", "textarea", "nav", "aside",
                "footer", "header", "dialog", "menu", "link", "meta", "head", "title", "video", "audio", "map",
                "math");
        private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
                "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
                "tbody", "thead", "caption", "center", "address", "body", "form", "fieldset", "hr", "br", "details",
                "summary", "figure", "hgroup");

        private static final String STRONG_KEY = "parallax.strong";

        final List<Block> blocks = new ArrayList<>();
        final List<String> captions = new ArrayList<>();
        private final List<Element> paragraphs = new ArrayList<>();
        private final List<Element> boilerplate = new ArrayList<>();
        private int strongMarks;
        private Block current;
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIP.contains(tag) || isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("figcaption")) {
                caption(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (BLOCK.contains(tag)) {
                flush();
                paragraphs.add(e);
            }
            Words.Mark mark = Words.mark(e);
            if (mark != Words.Mark.NONE) {
                boilerplate.add(e);
                if (mark == Words.Mark.STRONG) {
                    strongMarks++;
                    e.attributes().userData(STRONG_KEY, Boolean.TRUE);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (BLOCK.contains(tag)) {
                flush();
                paragraphs.removeLast();
            }
            if (!boilerplate.isEmpty() && boilerplate.getLast() == e) {
                boilerplate.removeLast();
                if (e.attributes().userData(STRONG_KEY) != null) {
                    strongMarks--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(String s) {
            if (current == null) {
                if (s.isBlank()) {
                    return;
                }
                Element p = paragraphs.isEmpty() ? null : paragraphs.getLast();
                if (p == null) {
                    return;
                }
                current = new Block(p, List.copyOf(boilerplate), strongMarks > 0, isHeading(p));
            }
            current.text.append(s);
            int n = countNonSpace(s);
            current.chars += n;
            if (linkDepth > 0) {
                current.linkChars += n;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ',' || c == '，' || c == '、' || c == '،') {
                    current.commas++;
                }
            }
        }

        void flush() {
            if (current != null && current.chars > 0) {
                blocks.add(current);
            }
            current = null;
        }

        private void caption(Element e) {
            String t = TextBuilder.normalize(e.text());
            if (!t.isEmpty() && t.length() <= 600 && !captions.contains(t)) {
                captions.add(t);
            }
        }

        private static boolean isHeading(Element p) {
            String n = p.normalName();
            return n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1));
        }

        private static int countNonSpace(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }

        private static boolean isHidden(Element e) {
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("div")) {
                return true;
            }
            String style = e.attr("style");
            return !style.isEmpty() && (style.contains("display:none") || style.contains("display: none")
                    || style.contains("visibility:hidden") || style.contains("visibility: hidden"));
        }
    }
}
