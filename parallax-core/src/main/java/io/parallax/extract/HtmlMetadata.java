package io.parallax.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads title, authors, publication date, outlet, canonical URL and declared language from a parsed page: Open
 * Graph and other {@code <meta>} tags, JSON-LD, {@code <time>} elements, bylines, {@code <h1>} and {@code <title>},
 * and the URL. Each value records its source. Must run before boilerplate removal, which deletes the header.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlMetadata {

    private static final String[] DATE_META = {
            "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "published_time", "article.published", "article_date_original",
            "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
            "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate",
            "og:published_time", "article:published", "citation_publication_date", "displaydate", "dateCreated",
            "created", "date.available", "uploadDate", "og:updated_time", "article:modified_time", "dateModified",
            "last-modified", "lastmod"};
    private static final String[] AUTHOR_META = {
            "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
            "byl", "citation_author", "cxenseparse:author", "twitter:creator"};
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:by|von|av|text:?|written by|skriven av|geschrieben von|autor(?:in)?:?|author:?)\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·»-]\\s+|\\s+-{2}\\s+|\\s+::\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)https?://|www\\.|@|\\d{3}|^\\W*$");

    private HtmlMetadata() {
    }

    static PageMetadata read(Document doc, String url) {
        Map<String, List<String>> metas = metas(doc);
        List<JsonNode> ld = JsonLd.articles(doc);
        String[] title = title(doc, metas, ld);
        List<String> ldAuthors = ld.isEmpty() ? List.of() : JsonLd.names(ld.getFirst(), "author");
        String[] authorsSource = {null};
        List<String> authors = authors(doc, metas, ldAuthors, authorsSource);
        String[] dateSource = {null};
        Dates.Parsed date = date(doc, metas, ld, url, dateSource);
        String[] outlet = outlet(metas, ld);
        return new PageMetadata(title[0], title[1], authors, authorsSource[0], date, dateSource[0], outlet[0],
                outlet[1], canonical(doc, metas, url), language(doc, metas));
    }

    // ---- title

    private static String[] title(Document doc, Map<String, List<String>> metas, List<JsonNode> ld) {
        String og = meta(metas, "og:title", "twitter:title");
        String headline = ld.isEmpty() ? null : JsonLd.text(ld.getFirst(), "headline");
        String html = doc.title();
        Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline], h1");
        String h1Text = h1 == null ? null : TextBuilder.normalize(h1.text());
        // An h1 that agrees with the declared titles is the cleanest (no site suffix); otherwise trust the metadata.
        for (String declared : new String[]{og, headline, html}) {
            if (h1Text != null && !h1Text.isEmpty() && declared != null && h1Text.length() >= 10
                    && normalizeForCompare(declared).contains(normalizeForCompare(h1Text))) {
                return new String[]{h1Text, "h1"};
            }
        }
        if (og != null) {
            return new String[]{TextBuilder.normalize(og), "og:title"};
        }
        if (headline != null) {
            return new String[]{TextBuilder.normalize(headline), "json-ld"};
        }
        if (html != null && !html.isBlank()) {
            return new String[]{stripSiteName(TextBuilder.normalize(html)), "title"};
        }
        return h1Text == null || h1Text.isEmpty() ? new String[]{null, null} : new String[]{h1Text, "h1"};
    }

    private static String normalizeForCompare(String s) {
        return TextBuilder.normalize(s).toLowerCase(Locale.ROOT).replaceAll("[\\p{Pd}‘’“”\"']", "");
    }

    /** "Headline | Site" → "Headline": the longest part when a separator splits the title. */
    static String stripSiteName(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String best = parts[0];
        for (String p : parts) {
            if (p.length() > best.length()) {
                best = p;
            }
        }
        return best.strip();
    }

    // ---- authors

    private static List<String> authors(Document doc, Map<String, List<String>> metas, List<String> ldAuthors,
                                        String[] source) {
        List<String> found = new ArrayList<>(cleanNames(ldAuthors));
        if (!found.isEmpty()) {
            source[0] = "json-ld";
            return found;
        }
        for (String name : AUTHOR_META) {
            name = name.toLowerCase(Locale.ROOT);
            found.addAll(cleanNames(metas.getOrDefault(name, List.of())));
            if (!found.isEmpty()) {
                source[0] = "meta";
                return dedupe(found);
            }
        }
        for (Element e : doc.select("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
                + "[rel=author], .byline, .author-name, .author, [class*=byline], [class*=author-name]")) {
            String text = e.text();
            if (text.length() <= 120) {
                found.addAll(cleanNames(List.of(text)));
            }
            if (!found.isEmpty()) {
                source[0] = "byline";
                return dedupe(found);
            }
        }
        return List.of();
    }

    static List<String> cleanNames(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String s = BY_PREFIX.matcher(TextBuilder.normalize(r)).replaceFirst("");
            for (String part : s.split("\\s*(?:,|;|\\band\\b|\\bund\\b|\\boch\\b|&|\\|)\\s*")) {
                String name = part.strip();
                if (name.length() >= 3 && name.length() <= 60 && !NOT_A_NAME.matcher(name).find()
                        && Character.isLetter(name.charAt(0))) {
                    out.add(name);
                }
            }
        }
        return dedupe(out);
    }

    private static List<String> dedupe(List<String> names) {
        Set<String> seen = new LinkedHashSet<>(names);
        return List.copyOf(seen);
    }

    // ---- date

    private static Dates.Parsed date(Document doc, Map<String, List<String>> metas, List<JsonNode> ld, String url,
                                     String[] source) {
        for (JsonNode n : ld) {
            Dates.Parsed p = Dates.parse(JsonLd.text(n, "datePublished"));
            if (p == null) {
                p = Dates.parse(JsonLd.text(n, "dateCreated"));
            }
            if (p != null) {
                source[0] = "json-ld";
                return p;
            }
        }
        for (String name : DATE_META) {
            Dates.Parsed p = Dates.parse(meta(metas, name));
            if (p != null) {
                source[0] = "meta:" + name;
                return p;
            }
        }
        for (Element t : doc.select("time[datetime], [itemprop=datePublished]")) {
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content")
                    : t.text();
            Dates.Parsed p = Dates.parse(v);
            if (p != null) {
                source[0] = "time";
                return p;
            }
        }
        Dates.Parsed p = Dates.inUrl(url);
        if (p != null) {
            source[0] = "url";
            return p;
        }
        return visibleDate(doc, source);
    }

    private static Dates.Parsed visibleDate(Document doc, String[] source) {
        for (Element e : doc.select("[class~=(?i)date|time|publish|dateline|meta], [id~=(?i)date|publish]")) {
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (text.length() <= 100) {
                Dates.Parsed p = Dates.inText(text);
                if (p != null) {
                    source[0] = "text";
                    return p;
                }
            }
        }
        return null;
    }

    // ---- outlet, canonical URL, language

    private static String[] outlet(Map<String, List<String>> metas, List<JsonNode> ld) {
        String site = meta(metas, "og:site_name", "application-name", "al:android:app_name", "al:ios:app_name");
        if (site != null) {
            return new String[]{TextBuilder.normalize(site), "og:site_name"};
        }
        for (JsonNode n : ld) {
            String pub = JsonLd.text(n, "publisher");
            if (pub != null && !pub.isBlank()) {
                return new String[]{TextBuilder.normalize(pub), "json-ld"};
            }
        }
        return new String[]{null, null};
    }

    private static String canonical(Document doc, Map<String, List<String>> metas, String url) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.absUrl("href").isEmpty()) {
            return link.absUrl("href");
        }
        String og = meta(metas, "og:url");
        if (og != null && og.startsWith("http")) {
            return og.strip();
        }
        return url;
    }

    private static String language(Document doc, Map<String, List<String>> metas) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html == null ? null : html.attr("lang");
        if (lang == null || lang.isBlank()) {
            lang = meta(metas, "content-language", "og:locale", "language", "dc.language");
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_,\\s]")[0];
        return code.length() == 2 || code.length() == 3 ? code : null;
    }

    /** The non-blank contents of every {@code <meta>}, by lower-cased name, property, itemprop or http-equiv. */
    static Map<String, List<String>> metas(Document doc) {
        Map<String, List<String>> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String key : new String[]{"name", "property", "itemprop", "http-equiv"}) {
                String k = m.attr(key);
                if (!k.isEmpty()) {
                    out.computeIfAbsent(k.strip().toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(content);
                }
            }
        }
        return out;
    }

    /** The first content of the first of {@code names} that is present (names in lower case). */
    static String meta(Map<String, List<String>> metas, String... names) {
        for (String name : names) {
            List<String> v = metas.get(name.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v.getFirst();
            }
        }
        return null;
    }
}
