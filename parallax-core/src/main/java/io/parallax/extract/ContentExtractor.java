package io.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article body in a page and returns its paragraphs.
 *
 * <p>The DOM is read once ({@link Segmenter}) into text blocks: the runs of text between block-level boundaries,
 * each with its length, the share of it inside links, and the ancestors whose class or id names (or layout tags:
 * nav, aside, footer, the page's header) mark boilerplate. Then:
 * <ol>
 *   <li>marks on an element that holds most of the page's prose are voided ({@link #releaseHeavyMarks}): it is the
 *       article, whatever its class says ("paywall", "widget", an unclosed header);</li>
 *   <li>each paragraph-like block outside marked elements scores its parent, grandparent and great-grandparent
 *       (Readability's scheme: one point, one per comma, one per 100 characters, scaled by the share of text
 *       outside links); candidates are weighted by their class/id words and link density, the best one is taken,
 *       moving up to an ancestor shared by several top candidates, and its prose siblings join it
 *       ({@link #roots});</li>
 *   <li>when those roots hold little of the prose of the element with the best balance of prose over clutter,
 *       that element is taken instead ({@link #fallback});</li>
 *   <li>the blocks inside the roots are kept unless they sit in a boilerplate element inside them, are mostly
 *       links, are stock phrases or picture credits; a lead just before the roots is added ({@link #lead}) and a
 *       weak tail of headings, labels and short lines is cut ({@link #tailEnd}).</li>
 * </ol>
 * Everything is linear in the size of the DOM times its depth. The DOM is not modified (user data aside).
 * Stateless and thread-safe.
 */
final class ContentExtractor {

    /** Body paragraphs and image captions, in document order. */
    record Content(List<String> paragraphs, List<String> captions) {
    }

    private static final double MIN_BEST_SCORE = 5;
    /** Picture credits: "Foto: …", "Photo credit: …", "Titelbild: …". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)((?:titel|beitrags|vorschau)?bild(?:er|quelle)?\\s*:|fotos?\\s*:|"
                    + "photos?\\s*(?:credits?)?\\s*:|images?\\s*(?:credits?)?\\s*:|credits?\\s*:|crédits? photos?|"
                    + "quelle\\s*:|source\\s*:|zdjęcie\\s*:|foto\\s*:)");
    /** A paragraph that is one spelled-out address: a link the author pasted into the text, not a menu entry. */
    private static final Pattern BARE_URL = Pattern.compile("(?i)https?://\\S+");
    /** A marked element holding at least this share of the page's prose is not boilerplate. */
    private static final double HEAVY_SHARE = 0.5;
    /** The same for layout elements (header, footer …), which a page only fills by mistake (an unclosed tag). */
    private static final double HEAVY_LAYOUT_SHARE = 0.8;
    private static final int HEAVY_MIN_CHARS = 400;
    private static final double SIBLING_MAX_LINKS = 0.25;
    private static final int SIBLING_MIN_CHARS = 80;
    /** Readability's block score: at most one comma per this many characters counts. */
    private static final double COMMA_CHARS = 40;
    /** Readability's block score: one point per 100 characters, up to this many. */
    private static final double LENGTH_CAP = 6;
    /** Fallback thresholds, see {@link #fallback}. */
    private static final double NESTED_RATIO = 0.3;
    private static final double DISJOINT_RATIO = 0.5;
    /**
     * Lead recovery looks this many blocks back from the container for paragraphs of at least LEAD_CHARS; a
     * marked or link-dense block of that size ends the walk, unless it is a picture caption.
     */
    private static final int LEAD_SCAN = 8;
    private static final int LEAD_CHARS = 80;
    /** Tail trimming: lines shorter than this without a full stop are weak; a weak run longer than TAIL_MAX stays. */
    private static final int TAIL_CHARS = 40;
    private static final int TAIL_MAX = 5;
    /** Calls to action are at most this long. */
    private static final int CALL_MAX = 300;
    /**
     * Cue groups of a call to action (sign-up, subscription, newsletter, click, inbox, log-in, cancel), as lower-case
     * substrings: literal search, because a regular expression per group and paragraph cost a fifth of extraction.
     */
    private static final List<List<String>> CALLS = List.of(
            List.of("sign up", "signup", "sign-up", "signing up", "register now", "register here", "register today",
                    "register for free", "registrieren sie sich", "inscrivez-vous", "regístrate", "jetzt anmelden"),
            List.of("subscribe to", "subscribe now", "subscribe today", "subscribe for", "subscribe here",
                    "please subscribe", "subscribers receive", "subscribers also receive", "already a subscriber",
                    "jetzt abonnieren", "abonnieren sie", "abonnez-vous", "suscríbete", "prenumerera",
                    "annual subscription", "monthly subscription", "weekly subscription", "digital subscription",
                    "weekly pass", "monthly pass", "annual pass", "digital pass"),
            List.of("newsletter", "nyhetsbrev", "boletín"),
            List.of("click here", "hier klicken", "cliquez ici", "haga clic", "klicka här"),
            List.of("your inbox", "ihr postfach", "bandeja de entrada"),
            List.of("log in", "login", "einloggen", "inicia sesión", "connectez-vous", "logga in"),
            List.of("cancel anytime", "cancel any time", "cancel at any time", "jederzeit kündbar",
                    "cancela cuando quieras", "sans engagement"));
    /** The cues with a leading space, matched against the text with one: each cue must start a word. */
    private static final List<List<String>> CALL_CUES = CALLS.stream()
            .map(g -> g.stream().map(c -> " " + c).toList()).toList();
    /** The price cue of a call to action: "$5", "£11.99", "9 €", "49 kr". */
    private static final Pattern PRICE = Pattern.compile("[£$€]\\s?\\d|\\d\\s?(?:€|euro\\b|kr\\b)");
    /** Metadata lines are at most this long; a bare date line at most DATE_LINE_MAX. */
    private static final int META_MAX = 200;
    private static final int DATE_LINE_MAX = 60;
    private static final double DATE_LINE_DIGITS = 0.2;
    /** A field label of post metadata, in the languages the extractor knows. */
    private static final Pattern META_LABEL = Pattern.compile("(?iu)(?:^|\\s|\\|)(?:categor(?:y|ies|ia|ía|ie|ies)|"
            + "kategorie(?:n)?|kategori(?:er)?|tags?|schlagwörter|etiquetas|étiquettes|mots-clés|"
            + "(?:posted|published|written|filed) (?:by|in|under)|publicado por|publicado em|publié par|"
            + "veröffentlicht (?:von|am)|publicerad|date|datum|fecha|data|autor|author|by)\\s*:");
    private static final Pattern STOCK = Pattern.compile(
            "(?iu)^(advertisement|anzeige|annons|werbung|sponsored|read more|read next|more:?|related:?|"
                    + "see also|share( this( article| story)?)?|tweet|email|print|comments?|follow us.*|"
                    + "sign up.*newsletter.*|subscribe.*|click here.*|weiterlesen|mehr zum thema.*|läs mer.*|"
                    + "läs också.*|dela|teilen|skip to .*|back to top|zurück|top|"
                    // Labels of widgets the page draws around the text: ad slots, gallery and caption buttons.
                    + "advert|caption|close|schließen|cerrar|fermer|tags?|schlagwörter|etiquetas|"
                    + "(?:image|photo|picture|foto|bild|imagen|slide) \\d+ (?:of|von|de|sur|av|/) \\d+|"
                    + "you (?:may|might) also like.*|das könnte sie auch interessieren.*|"
                    + "te puede interesar.*|vous aimerez aussi.*|kommentare? schreiben)\\W*$");

    private ContentExtractor() {
    }

    static Content extract(Element body, ExtractionConfig config) {
        Segmenter seg = new Segmenter();
        NodeTraversor.filter(seg, body);
        seg.flush();
        List<Block> blocks = seg.blocks;
        releaseHeavyMarks(blocks, config);
        Choice top = choose(blocks, body, config, true);
        if (top == null) {
            top = choose(blocks, body, config, false);
        }
        List<Element> roots = top == null ? List.of(body) : roots(blocks, top);
        roots = fallback(blocks, body, roots, config);
        List<String> paragraphs = select(blocks, roots, true);
        if (paragraphs.isEmpty()) {
            // Marks removed everything: a page whose only text sits in a marked box (a shop's product form) is
            // better read with its marks than not at all.
            Choice any = choose(blocks, body, config, false);
            paragraphs = select(blocks, any == null ? List.of(body) : List.of(any.container()), false);
        }
        return new Content(paragraphs, seg.captions);
    }

    // ---- fallback

    /**
     * The prose-balance container ({@link #balance}) instead of the chosen roots when those hold little of its
     * prose: the scoring picked a side box, a slider or a table row. When the roots lie inside it, "little" means
     * under {@link #NESTED_RATIO} (a precise container inside a loose one is usually right); when they lie
     * elsewhere, under {@link #DISJOINT_RATIO}.
     */
    static List<Element> fallback(List<Block> blocks, Element body, List<Element> roots, ExtractionConfig config) {
        Element e = balance(blocks, body, config);
        if (e == null) {
            return roots;
        }
        boolean nested = roots.stream().allMatch(r -> isAncestor(e, r));
        double ratio = nested ? NESTED_RATIO : DISJOINT_RATIO;
        return prose(blocks, roots, config) < ratio * prose(blocks, List.of(e), config) ? List.of(e) : roots;
    }

    /** Characters outside links of the unmarked, not link-dense, paragraph-sized blocks under the roots. */
    static int prose(List<Block> blocks, List<Element> roots, ExtractionConfig config) {
        int n = 0;
        for (Block b : blocks) {
            if (b.boilerplate.isEmpty() && b.linkDensity() < 0.5 && b.chars >= config.minParagraph()
                    && rootOf(roots, b.paragraph) != null) {
                n += b.chars - b.linkChars;
            }
        }
        return n;
    }

    /**
     * The element whose blocks have the best balance of prose over clutter: prose blocks count their characters
     * outside links, short lines and link lists count against, blocks under a boilerplate mark count nothing (they
     * are dropped later anyway).
     */
    static Element balance(List<Block> blocks, Element body, ExtractionConfig config) {
        Map<Element, double[]> score = new IdentityHashMap<>();
        for (Block b : blocks) {
            double w;
            if (!b.boilerplate.isEmpty()) {
                continue;
            } else if (b.linkDensity() >= 0.5 || b.chars < config.minParagraph()) {
                w = -b.chars;
            } else {
                w = b.chars - b.linkChars;
            }
            for (Element e = b.paragraph; e != null; e = e.parent()) {
                score.computeIfAbsent(e, k -> new double[1])[0] += w;
                if (e == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (var en : score.entrySet()) {
            double v = en.getValue()[0];
            // On a tie the deeper element wins: it holds the same prose with less around it.
            if (v > bestScore + 1e-9
                    || best != null && Math.abs(v - bestScore) <= 1e-9 && isAncestor(best, en.getKey())) {
                best = en.getKey();
                bestScore = v;
            }
        }
        return best;
    }

    // ---- boilerplate marks

    /**
     * Voids the boilerplate marks of elements that hold most of the page's prose. Class names lie in both
     * directions: page builders wrap everything in "widget" elements, paywalled articles sit in a "paywall"
     * container, and a marked element that holds half of the page's text is the article, whatever it is called.
     */
    static void releaseHeavyMarks(List<Block> blocks, ExtractionConfig config) {
        Map<Element, int[]> marked = new IdentityHashMap<>();
        long total = 0;
        for (Block b : blocks) {
            if (b.chars < config.minParagraph()) {
                continue;
            }
            int prose = b.chars - b.linkChars;
            total += prose;
            for (Element e : b.boilerplate) {
                marked.computeIfAbsent(e, k -> new int[1])[0] += prose;
            }
        }
        Set<Element> heavy = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (var e : marked.entrySet()) {
            double share = Segmenter.LAYOUT.contains(e.getKey().normalName()) ? HEAVY_LAYOUT_SHARE : HEAVY_SHARE;
            if (e.getValue()[0] >= share * total && e.getValue()[0] >= HEAVY_MIN_CHARS) {
                heavy.add(e.getKey());
            }
        }
        if (heavy.isEmpty()) {
            return;
        }
        heavy.forEach(Segmenter::markHeavy);
        for (Block b : blocks) {
            if (b.boilerplate.stream().anyMatch(heavy::contains)) {
                b.boilerplate = b.boilerplate.stream().filter(e -> !heavy.contains(e)).toList();
                b.strong = b.boilerplate.stream().anyMatch(Segmenter::isStrong);
            }
        }
    }

    // ---- candidate selection

    /** The chosen container, its score, and the scores of all candidates. */
    record Choice(Element container, double score, Map<Element, Double> scores) {
    }

    static Choice choose(List<Block> blocks, Element body, ExtractionConfig config, boolean respectBoilerplate) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.chars < config.minParagraph() || b.linkDensity() > 0.5 || b.heading
                    || (respectBoilerplate && !b.boilerplate.isEmpty())) {
                continue;
            }
            // Commas are capped so that a list of names ("A, B, C …") does not outscore the prose beside it.
            double s = (1 + Math.min(b.commas, b.chars / COMMA_CHARS) + Math.min(LENGTH_CAP, b.chars / 100.0))
                    * (1 - b.linkDensity());
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
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (var entry : scores.entrySet()) {
            Element e = entry.getKey();
            int[] t = text.get(e);
            double density = t == null || t[0] == 0 ? 0 : t[1] / (double) t[0];
            double raw = entry.getValue()[0];
            double weight = Words.classWeight(e);
            // A released element's negative class words are as void as its mark.
            double score = (raw + (Segmenter.isHeavy(e) ? Math.max(0, weight) : weight)) * (1 - density);
            ranked.add(Map.entry(e, score));
            finalScores.put(e, score);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null || bestScore < MIN_BEST_SCORE) {
            return null;
        }
        return new Choice(widen(best, bestScore, ranked, body), bestScore, finalScores);
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

    // ---- sibling inclusion

    /**
     * The container and those of its siblings that read as prose (Readability's sibling step): an article's lead,
     * or the part after an inline advert, often sits beside the container that won. A sibling qualifies when its
     * text is mostly outside links, is not marked as boilerplate, and has either enough text or a full sentence.
     */
    static List<Element> roots(List<Block> blocks, Choice choice) {
        Element container = choice.container();
        Element parent = container.parent();
        if (parent == null) {
            return List.of(container);
        }
        Map<Element, int[]> siblings = new IdentityHashMap<>();
        for (Block b : blocks) {
            Element s = childOnPath(parent, b.paragraph);
            if (s == null || s == container || !b.boilerplate.isEmpty() && isMarkedAtOrAbove(b, s)) {
                continue;
            }
            int[] t = siblings.computeIfAbsent(s, k -> new int[3]);
            t[0] += b.chars;
            t[1] += b.linkChars;
            t[2] += endsSentence(b) ? 1 : 0;
        }
        double threshold = Math.max(10, 0.2 * choice.score());
        List<Element> roots = new ArrayList<>();
        for (Element child : parent.children()) {
            int[] t = child == container ? null : siblings.get(child);
            // An article's header (title, byline, dateline) is never a sibling to add; its lead is found by lead().
            if (child == container || t != null && !child.normalName().equals("header") && (choice.scores().getOrDefault(child, 0.0) >= threshold
                    || isParagraph(child) && (t[0] > SIBLING_MIN_CHARS && t[1] < SIBLING_MAX_LINKS * t[0]
                    || t[0] <= SIBLING_MIN_CHARS && t[1] == 0 && t[2] > 0))) {
                roots.add(child);
            }
        }
        twins(choice, threshold, roots);
        return roots;
    }

    /**
     * Adds the winner's twins: elements with its tag and class under a parent with its parent's tag and class
     * (the parent's siblings), that score at least {@code threshold} themselves. An article split into repeated
     * blocks (live-blog entries, sections each with a heading and a body) is one article, but only one block wins.
     */
    private static void twins(Choice choice, double threshold, List<Element> roots) {
        Element c = choice.container();
        Element p = c.parent();
        if (c.className().isEmpty() || p == null || p.parent() == null || p.className().isEmpty()) {
            return;
        }
        for (Element q : p.parent().children()) {
            if (q == p || !sameKind(q, p)) {
                continue;
            }
            for (Element x : q.children()) {
                if (sameKind(x, c) && choice.scores().getOrDefault(x, 0.0) >= threshold) {
                    roots.add(x);
                }
            }
        }
    }

    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    private static boolean isParagraph(Element e) {
        String n = e.normalName();
        return n.equals("p") || n.equals("blockquote") || n.equals("pre");
    }

    /** The child of {@code parent} on the path down to {@code e}, or {@code null} when e is not below parent. */
    private static Element childOnPath(Element parent, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.parent() == parent) {
                return x;
            }
        }
        return null;
    }

    /** Whether a boilerplate mark of the block sits on {@code s} or on one of its descendants. */
    private static boolean isMarkedAtOrAbove(Block b, Element s) {
        for (Element e : b.boilerplate) {
            if (isAncestor(s, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(Block b) {
        for (int i = b.text.length() - 1; i >= 0; i--) {
            char c = b.text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '»' || c == '。';
            }
        }
        return false;
    }

    // ---- block selection

    static List<String> select(List<Block> blocks, List<Element> roots, boolean respectMarks) {
        List<Block> kept = new ArrayList<>();
        List<String> out = new ArrayList<>();
        Set<Block> lead = lead(blocks, roots);
        for (Block b : blocks) {
            Element container = rootOf(roots, b.paragraph);
            if (!lead.contains(b) && (container == null || respectMarks && insideBoilerplate(b, container))) {
                continue;
            }
            String text = TextBuilder.normalize(b.text.toString());
            if (text.isEmpty() || isNoise(b, text) || b.paragraph.normalName().equals("h1")) {
                continue;
            }
            kept.add(b);
            out.add(text);
        }
        int end = tailEnd(kept, out);
        return out.subList(0, end);
    }


    /**
     * The lead: prose paragraphs just before the container (a standfirst in the article header), found by walking
     * back from the container's first block past short lines (dates, bylines, credits) up to the page's h1.
     */
    static Set<Block> lead(List<Block> blocks, List<Element> roots) {
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            if (rootOf(roots, blocks.get(i).paragraph) != null) {
                first = i;
            }
        }
        Set<Block> lead = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int j = first - 1; j >= 0 && j >= first - LEAD_SCAN; j--) {
            Block b = blocks.get(j);
            if (b.paragraph.normalName().equals("h1")
                    || b.chars >= LEAD_CHARS && (b.strong || b.linkDensity() > 0.5) && !isCaption(b)) {
                break;
            }
            if (b.boilerplate.isEmpty() && b.chars >= LEAD_CHARS && b.linkDensity() < 0.25 && endsSentence(b)) {
                lead.add(b);
            }
        }
        return lead;
    }


    /** A picture caption or credit: it sits between a lead and the body, so it does not end the walk back. */
    private static boolean isCaption(Block b) {
        for (Element e : b.boilerplate) {
            if (Words.hasWord(e, "caption", "credit", "credits")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the body ends once the weak tail is cut: the headings, short lines without a full stop and link lists
     * that follow an article ("Read more", "Related topics", photo credits, category lines).
     */
    private static int tailEnd(List<Block> kept, List<String> texts) {
        int end = kept.size();
        while (end > 1 && isWeak(kept.get(end - 1), texts.get(end - 1))) {
            end--;
        }
        // A long run of short lines is a list that belongs to the article (results, ingredients, a timeline).
        return kept.size() - end > TAIL_MAX ? kept.size() : end;
    }

    private static boolean isWeak(Block b, String text) {
        return b.heading || b.linkDensity() > 0.3 && text.length() < 150
                || text.length() < TAIL_CHARS && !endsSentence(b) || text.endsWith(":") && text.length() < 100;
    }

    private static Element rootOf(List<Element> roots, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element r : roots) {
                if (r == x) {
                    return r;
                }
            }
        }
        return null;
    }

    private static boolean isNoise(Block b, String text) {
        if (isMetaLine(b, text) || isCallToAction(text)) {
            return true;
        }
        if (b.linkDensity() > 0.5 && !(b.linkDensity() < 0.8 && b.chars > 200) && !BARE_URL.matcher(text).matches()) {
            return true;
        }
        return text.length() < 80 && STOCK.matcher(text).matches()
                || text.length() < 160 && CREDIT.matcher(text).lookingAt();
    }

    /**
     * A call to action: a short paragraph with cues from two or more {@link #CALLS} groups (or a {@link #PRICE}) ("Sign up for the
     * free daily newsletter", "To view the full story, please subscribe … a $5 Weekly Pass"). One cue is not
     * enough: a story may well mention a newsletter or a price.
     */
    static boolean isCallToAction(String text) {
        if (text.length() > CALL_MAX) {
            return false;
        }
        // A leading space: every cue starts a word, so "design update" holds no "sign up".
        String lower = " " + text.toLowerCase(Locale.ROOT);
        int groups = PRICE.matcher(lower).find() ? 1 : 0;
        for (List<String> group : CALL_CUES) {
            if (containsAny(lower, group) && ++groups >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds one of the needles. */
    private static boolean containsAny(String text, List<String> needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of post metadata: two or more labelled fields ("Posted by: … - Category: … - Tags: …", "News date :
     * … Category : …"), or a bare date line ({@link #isDateLine}).
     */
    static boolean isMetaLine(Block b, String text) {
        if (text.length() > META_MAX) {
            return false;
        }
        if (text.indexOf(':') < 0) {
            return isDateLine(b, text);
        }
        Matcher m = META_LABEL.matcher(text);
        int labels = 0;
        while (m.find() && ++labels < 2) {
            // count up to two
        }
        return labels >= 2 || isDateLine(b, text);
    }

    /**
     * A short line that is mostly a date: a fifth of its characters or more are digits, and a date parses from it.
     * An attribution under a quoted post ("— Name (@handle) November 1, 2019") is part of the quote.
     */
    private static boolean isDateLine(Block b, String text) {
        if (text.length() > DATE_LINE_MAX || endsSentence(b) || text.indexOf('@') >= 0
                || !Character.isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits >= DATE_LINE_DIGITS * b.chars && Dates.inText(text) != null;
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
}
