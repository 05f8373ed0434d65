package io.parallax.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
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
            "related", "recommended", "newsletter", "subscribe", "signup", "cookie", "consent", "banner",
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
            "byline", "caption", "tags", "taglist", "advertisement", "adslot", "subscribe", "signup",
            "credit", "credits", "copyright", "disclaimer", "licence", "license", "toc", "factbox", "infobox",
            "kommentar", "kommentare", "comentarios", "commentaires", "trending");
    /** Stems that mark boilerplate wherever they occur in a class or id ("relatedlinks", "news-letter-box"). */
    private static final String[] STRONG_STEMS = {"related", "newsletter", "copyright", "disclaimer", "recommend",
            "recirc"};
    /** Words that mark boilerplate when no positive word is beside them. */
    private static final Set<String> MEDIUM_NEGATIVE = Set.of("footer", "navbar", "navigation", "nav", "menu",
            "masthead", "toolbar", "popup", "modal", "overlay", "promo", "promotion", "sponsor", "sponsored", "ad",
            "ads", "advert", "adverts", "advertising", "dfp", "banner", "widget", "widgets", "pagination", "pager",
            "print", "trending", "popular", "mostread", "teaser", "teasers", "login", "follow", "rating", "bio",
            "author", "authors", "newsletter", "promoted", "recommendations", "metadata", "metaline");

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
        String[] words = words(sig);
        if (isEmbed(words)) {
            // An embedded post (a tweet quoted in the story) is content, however "social" its wrapper is called.
            return Mark.NONE;
        }
        if (hasStem(sig)) {
            return Mark.STRONG;
        }
        boolean neg = false;
        boolean pos = false;
        for (String w : words) {
            if (STRONG_NEGATIVE.contains(w)) {
                return Mark.STRONG;
            }
            neg |= MEDIUM_NEGATIVE.contains(w);
            pos |= POSITIVE.contains(w);
        }
        return neg && !pos ? Mark.MEDIUM : Mark.NONE;
    }

    private static final Set<String> SOCIAL = Set.of("social", "twitter", "tweet", "instagram", "facebook",
            "tiktok", "youtube", "bluesky", "mastodon");
    private static boolean isEmbed(String[] words) {
        boolean embed = false;
        boolean social = false;
        for (String w : words) {
            if (w.equals("signup") || w.equals("subscribe") || w.contains("newsletter")) {
                return false;
            }
            embed |= w.equals("embed") || w.equals("embedded");
            social |= SOCIAL.contains(w);
        }
        return embed && social;
    }

    private static boolean hasStem(String sig) {
        String lower = sig.toLowerCase(Locale.ROOT);
        for (String stem : STRONG_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's class or id has one of {@code wanted} (lower case) as a word. */
    static boolean hasWord(Element e, String... wanted) {
        String sig = signature(e);
        if (sig.isEmpty()) {
            return false;
        }
        for (String w : words(sig)) {
            for (String x : wanted) {
                if (w.equals(x)) {
                    return true;
                }
            }
        }
        return false;
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

    /**
     * Lower-cased words of a class/id string, split at every character that is not a letter or digit and at
     * camelCase boundaries. Hand-written: it runs on every element with a class and was the costliest step of
     * segmentation as a regular-expression split.
     */
    static String[] words(String sig) {
        List<String> out = new ArrayList<>(4);
        StringBuilder w = new StringBuilder(16);
        char prev = ' ';
        for (int i = 0; i < sig.length(); i++) {
            char c = sig.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    flush(w, out);
                }
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(w, out);
        return out.isEmpty() ? new String[]{""} : out.toArray(new String[0]);
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) {
            out.add(w.toString());
            w.setLength(0);
        }
    }
}
