package io.parallax.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/**
 * What the words of an element's class and id say about it. Class names are split into words at spaces, hyphens,
 * underscores and camel case ({@code article-body__text}, {@code relatedPosts}) and the words are looked up in two
 * lists; whole words, so that "shadow" is not "ad" and "headline" is not "header".
 *
 * <p>Stateless and thread-safe.
 */
final class Words {

    /** Words that lower a container's score (Readability's class weight) but do not by themselves remove it. */
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "share", "sharing", "social",
            "related", "recommended", "newsletter", "subscribe", "signup", "paywall", "cookie", "consent", "banner",
            "promo", "sponsor", "sponsored", "ad", "ads", "advert", "advertisement", "sidebar", "widget", "widgets",
            "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead", "toolbar",
            "tags", "byline", "bio", "author", "popup", "modal", "popular", "trending", "mostread", "teaser",
            "teasers", "pagination", "pager", "print", "meta", "caption", "credit", "rail", "aside", "outbrain",
            "taboola", "recirc", "login", "follow", "rating", "gallery", "slideshow");
    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "story", "storycontent", "text", "blog", "hentry", "permalink", "prose", "richtext",
            "rte", "paragraph", "paragraphs", "artikel", "inhalt", "brodtext", "brödtext");
    /** Words that mark boilerplate even beside a positive word ("article-comments", "post-share"). */
    private static final Set<String> STRONG_NEGATIVE = Set.of("comment", "comments", "commentlist", "disqus",
            "share", "sharing", "social", "sociallinks", "related", "relatedposts", "recommended", "newsletter",
            "cookie", "cookies", "consent", "gdpr", "taboola", "outbrain", "breadcrumb", "breadcrumbs", "recirc",
            "byline", "caption", "tags", "taglist", "advertisement", "adslot", "paywall", "subscribe", "signup");
    /** Words that mark boilerplate when no positive word is beside them. */
    private static final Set<String> MEDIUM_NEGATIVE = Set.of("footer", "navbar", "navigation", "nav", "menu",
            "masthead", "toolbar", "popup", "modal", "overlay", "promo", "promotion", "sponsor", "sponsored", "ad",
            "ads", "advert", "adverts", "advertising", "dfp", "banner", "widget", "widgets", "pagination", "pager",
            "print", "trending", "popular", "mostread", "teaser", "teasers", "login", "follow", "rating", "bio",
            "author", "authors", "newsletter", "promoted", "recommendations");

    private Words() {
    }

    /** No mark, a mark that applies unless a positive word is present, or a mark that always applies. */
    enum Mark { NONE, MEDIUM, STRONG }

    /**
     * Whether class or id mark the element as boilerplate: a strongly negative word ({@link Mark#STRONG}), or a
     * medium one without a positive word ({@link Mark#MEDIUM}). {@code body}, {@code html}, {@code main} and
     * {@code article} elements never are.
     */
    static Mark mark(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("main") || tag.equals("article") || tag.equals("html")) {
            return Mark.NONE;
        }
        String sig = signature(e);
        if (sig.isEmpty()) {
            return Mark.NONE;
        }
        boolean neg = false;
        boolean pos = false;
        for (String w : words(sig)) {
            if (STRONG_NEGATIVE.contains(w)) {
                return Mark.STRONG;
            }
            neg |= MEDIUM_NEGATIVE.contains(w);
            pos |= POSITIVE.contains(w);
        }
        return neg && !pos ? Mark.MEDIUM : Mark.NONE;
    }

    /** Readability's class weight: +25 for a positive word, -25 for a negative one. */
    static double classWeight(Element e) {
        String sig = signature(e);
        if (sig.isEmpty()) {
            return 0;
        }
        double w = 0;
        boolean neg = false;
        boolean pos = false;
        for (String word : words(sig)) {
            neg |= NEGATIVE.contains(word);
            pos |= POSITIVE.contains(word);
        }
        if (pos) {
            w += 25;
        }
        if (neg) {
            w -= 25;
        }
        return w;
    }

    private static String signature(Element e) {
        String c = e.attr("class");
        String id = e.attr("id");
        if (c.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? c : c + " " + id;
    }

    /** Lower-cased words of a class/id string; camelCase split too. */
    static String[] words(String sig) {
        StringBuilder sb = new StringBuilder(sig.length() + 8);
        char prev = ' ';
        for (int i = 0; i < sig.length(); i++) {
            char c = sig.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                sb.append(' ');
            }
            sb.append(Character.isLetterOrDigit(c) ? c : ' ');
            prev = c;
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim().split("\\s+");
    }
}
