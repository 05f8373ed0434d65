package io.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body in a page and returns its paragraphs. First version: removes non-content elements and
 * elements whose class or id marks them as boilerplate, scores containers by the text of the paragraphs they hold
 * (penalising link-heavy text), picks the best container and returns its text blocks in document order.
 *
 * <p>Mutates the DOM it is given. Stateless between calls and thread-safe.
 */
final class ContentExtractor {

    /** Body paragraphs and image captions, in document order. */
    record Content(List<String> paragraphs, List<String> captions) {
    }

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "option", "input", "textarea", "nav", "aside",
            "footer", "form", "dialog", "menu", "link", "meta");
    private static final Set<String> BLOCKS = Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6",
            "td", "dd", "dt");
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|gdpr|"
                    + "footer|masthead|menu|navbar|\\bnav\\b|related|recommend|remark|replies|rss|share|sharing|"
                    + "shoutbox|sidebar|skyscraper|social|sponsor|promo|newsletter|subscri|paywall|popup|modal|"
                    + "pagination|pager|teaser|widget|outbrain|taboola|most-?popular|trending|tags?\\b|byline|"
                    + "author-?(?:bio|box|info)|toolbar|print|signup|login|hidden");
    private static final Pattern MAYBE = Pattern.compile(
            "(?i)article|body|content|main|story|entry|post-?text|text");

    private ContentExtractor() {
    }

    static Content extract(Element body, ExtractionConfig config) {
        List<String> captions = captions(body);
        prune(body);
        Element best = bestContainer(body, config);
        List<String> paragraphs = blocks(best == null ? body : best, config);
        return new Content(paragraphs, captions);
    }

    private static List<String> captions(Element body) {
        List<String> out = new ArrayList<>();
        for (Element c : body.select("figcaption, [class~=(?i)caption], [itemprop=caption]")) {
            String t = TextBuilder.normalize(c.text());
            if (!t.isEmpty() && t.length() <= 600 && !out.contains(t)) {
                out.add(t);
            }
        }
        body.select("figcaption, figure").remove();
        return out;
    }

    /** Removes non-content elements, hidden elements and elements marked as boilerplate. */
    private static void prune(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (DROP.contains(e.normalName()) || isHidden(e) || isBoilerplate(e)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isHidden(Element e) {
        String style = e.attr("style");
        return e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || (!style.isEmpty() && style.replace(" ", "").contains("display:none"));
    }

    private static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("p")) {
            return false;
        }
        String sig = e.className() + " " + e.id();
        if (sig.isBlank() || sig.length() > 300) {
            return false;
        }
        return UNLIKELY.matcher(sig).find() && !MAYBE.matcher(sig).find();
    }

    /** The element that holds the most paragraph text, counting half of it to the grandparent. */
    private static Element bestContainer(Element body, ExtractionConfig config) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!isBlock(e, config)) {
                continue;
            }
            String text = e.text();
            double score = (1 + Math.min(3, text.length() / 100.0) + commas(text)) * (1 - linkDensity(e));
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (var entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        return best;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    private static boolean isBlock(Element e, ExtractionConfig config) {
        if (BLOCKS.contains(e.normalName())) {
            return e.text().length() >= config.minParagraph();
        }
        return e.normalName().equals("div") && ownTextLength(e) >= config.minParagraph();
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += t.text().strip().length();
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        Elements anchors = e.getElementsByTag("a");
        for (Element a : anchors) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    /** The text blocks of the container in document order; link lists and empty blocks are skipped. */
    private static List<String> blocks(Element container, ExtractionConfig config) {
        List<String> out = new ArrayList<>();
        collect(container, out);
        return out;
    }

    private static void collect(Element root, List<String> out) {
        // Iterative walk: pages can nest thousands of elements deep.
        List<Element> stack = new ArrayList<>();
        stack.add(root);
        StringBuilder loose = new StringBuilder();
        while (!stack.isEmpty()) {
            Element e = stack.removeLast();
            if (BLOCKS.contains(e.normalName()) || e.normalName().equals("h1")) {
                String t = TextBuilder.normalize(e.text());
                if (!t.isEmpty() && linkDensity(e) < 0.5) {
                    out.add(t);
                }
                continue;
            }
            if (hasBlockChild(e)) {
                List<Element> kids = e.children();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.add(kids.get(i));
                }
                loose.setLength(0);
                for (Node n : e.childNodes()) {
                    if (n instanceof TextNode t) {
                        loose.append(t.text());
                    }
                }
                String own = TextBuilder.normalize(loose.toString());
                if (own.length() >= 25) {
                    out.add(own);
                }
            } else {
                String t = TextBuilder.normalize(e.text());
                if (!t.isEmpty() && linkDensity(e) < 0.5) {
                    out.add(t);
                }
            }
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String n = c.normalName();
            if (BLOCKS.contains(n) || n.equals("div") || n.equals("section") || n.equals("article")
                    || n.equals("ul") || n.equals("ol") || n.equals("table") || n.equals("h1")
                    || n.equals("tbody") || n.equals("tr") || n.equals("header") || n.equals("figure")) {
                return true;
            }
        }
        return false;
    }
}
