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

    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "commentlist", "disqus", "share",
            "sharing", "shares", "social", "sociallinks", "related", "relatedposts", "recommended", "recommendations",
            "recirc", "recirculation", "newsletter", "subscribe", "subscription", "signup", "paywall", "cookie",
            "cookies", "consent", "gdpr", "banner", "promo", "promotion", "promoted", "sponsor", "sponsored", "ad",
            "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "dfp", "taboola", "outbrain",
            "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu",
            "footer", "masthead", "toolbar", "tags", "tag", "taglist", "keywords", "byline", "bio", "author",
            "authors", "popup", "modal", "overlay", "popular", "trending", "mostread", "most", "teaser", "teasers",
            "pagination", "pager", "print", "skip", "hidden", "sr", "visually", "screen", "readmore", "more",
            "meta", "caption", "credit", "credits", "timestamp", "dateline", "date", "rating", "follow", "login",
            "jump", "toc", "breaking", "alert", "ticker", "inline", "embed", "video", "gallery", "slideshow");
    private static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "page", "post", "story", "storycontent", "text", "blog", "hentry", "permalink", "prose",
            "richtext", "rte", "paragraph", "paragraphs", "artikel", "inhalt", "brodtext", "brödtext");
    /** Words that mark boilerplate even beside a positive word ("article-comments", "post-share"). */
    private static final Set<String> STRONG_NEGATIVE = Set.of("comment", "comments", "commentlist", "disqus",
            "share", "sharing", "social", "related", "relatedposts", "recommended", "newsletter", "cookie",
            "cookies", "consent", "gdpr", "taboola", "outbrain", "breadcrumb", "breadcrumbs", "recirc", "byline",
            "caption", "tags", "taglist", "advertisement", "adslot");

    private Words() {
    }

    /**
     * Whether class or id mark the element as boilerplate: a strongly negative word, or a negative word without a
     * positive one. {@code body}, {@code html}, {@code main} and {@code article} elements never are.
     */
    static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("main") || tag.equals("article") || tag.equals("html")) {
            return false;
        }
        String sig = signature(e);
        if (sig.isEmpty()) {
            return false;
        }
        boolean neg = false;
        boolean pos = false;
        for (String w : words(sig)) {
            if (STRONG_NEGATIVE.contains(w)) {
                return true;
            }
            neg |= NEGATIVE.contains(w);
            pos |= POSITIVE.contains(w);
        }
        return neg && !pos;
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
