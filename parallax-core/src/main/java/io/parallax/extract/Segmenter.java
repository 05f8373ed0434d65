package io.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the DOM once into blocks. Skips non-content elements (scripts, form controls, hidden elements), marks
 * navigation, asides, footers and the page's header as boilerplate, collects figure captions separately, and
 * remembers boilerplate ancestors.
 *
 * <p>One per page; not thread-safe. Marks strong boilerplate elements with jsoup user data.
 */
final class Segmenter implements NodeFilter {

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "option", "input", "textarea", "dialog", "menu", "link", "meta", "head", "title", "video", "audio", "map",
            "math");
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "caption", "center", "address", "body", "form", "fieldset", "hr", "br", "details",
            "summary", "figure", "hgroup");

    static final Set<String> LAYOUT = Set.of("nav", "aside", "footer", "header");
    private static final String HEAVY_KEY = "parallax.heavy";
    private static final String STRONG_KEY = "parallax.strong";

    final List<Block> blocks = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    private final List<Element> paragraphs = new ArrayList<>();
    private final List<Element> boilerplate = new ArrayList<>();
    private int strongMarks;
    private Block current;
    private int linkDepth;
    private int articleDepth;

    /** The header of an article (title, byline, lead) is part of it; the page's header is not. */
    private boolean isArticleHeader(String tag) {
        return tag.equals("header") && articleDepth > 0;
    }

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
        if (SKIP.contains(tag) || isHidden(e) || tag.equals("span") && isInlineCard(e)) {
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
        // Layout elements are boilerplate, but only marked, not skipped: an unclosed <header> swallows the page.
        if (tag.equals("article") || tag.equals("main")) {
            articleDepth++;
        }
        Words.Mark mark = LAYOUT.contains(tag) && !isArticleHeader(tag) ? Words.Mark.STRONG
                // Forms are sign-ups and comment boxes, unless a whole page sits in one (ASP.NET): then the mark
                // is released as heavy.
                : tag.equals("form") ? Words.Mark.MEDIUM : Words.mark(e);
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
        if (tag.equals("article") || tag.equals("main")) {
            articleDepth--;
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

    /** Records that an element's boilerplate mark was released because it holds most of the prose. */
    static void markHeavy(Element e) {
        e.attributes().userData(HEAVY_KEY, Boolean.TRUE);
    }

    static boolean isHeavy(Element e) {
        return e.attributes().userData(HEAVY_KEY) != null;
    }

    static boolean isStrong(Element e) {
        return e.attributes().userData(STRONG_KEY) != null;
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

    /**
     * An inline card: a {@code span} of inline elements only, holding a picture and at least two links, with no
     * smaller such card inside.
     * Hover cards that pop up over a name in the text (portrait, name, the person's latest stories) are built so;
     * running text never holds a picture with several links inside one span. The innermost card goes, so the
     * name the card hangs on stays in the sentence.
     */
    static boolean isInlineCard(Element e) {
        if (e.childrenSize() == 0 || !hasCardShape(e)) {
            return false;
        }
        for (Element child : e.children()) {
            if (hasCardShape(child)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCardShape(Element e) {
        boolean img = false;
        int links = 0;
        for (Element d : e.getAllElements()) {
            String n = d.normalName();
            if (d != e && BLOCK.contains(n) && !n.equals("br")) {
                // Paragraphs or boxes inside: a wrapper around content, not a card inside a sentence.
                return false;
            }
            img |= n.equals("img") || n.equals("picture");
            links += n.equals("a") ? 1 : 0;
            if (img && links >= 2) {
                return true;
            }
        }
        return false;
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
