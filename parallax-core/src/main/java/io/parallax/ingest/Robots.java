package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one user agent: the group naming the agent (by product token, case-insensitive)
 * or else the {@code *} group; {@code Allow}/{@code Disallow} path prefixes with {@code *} and {@code $}, longest
 * match wins, Allow wins ties (RFC 9309). Immutable and thread-safe.
 */
final class Robots {

    /** Allows everything: no robots.txt, or one that could not be read with a 4xx. */
    static final Robots ALLOW_ALL = new Robots(List.of());
    /** Allows nothing: robots.txt answered 5xx, which RFC 9309 says to treat as a full disallow. */
    static final Robots DENY_ALL = new Robots(List.of(new Rule("/", false)));

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;

    private Robots(List<Rule> rules) {
        this.rules = rules;
    }

    static Robots parse(String text, String userAgent) {
        String token = userAgent.split("[/\\s]")[0].toLowerCase(Locale.ROOT);
        List<Rule> specific = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        boolean sawSpecific = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                Rule r = new Rule(value, key.equals("allow"));
                if (agents.stream().anyMatch(a -> !a.equals("*") && token.startsWith(a))) {
                    specific.add(r);
                    sawSpecific = true;
                }
                if (agents.contains("*")) {
                    any.add(r);
                }
            }
        }
        return new Robots(List.copyOf(sawSpecific ? specific : any));
    }

    /** Whether the path (with query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern, path) && (best == null || r.pattern.length() > best.pattern.length()
                    || (r.pattern.length() == best.pattern.length() && r.allow))) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        String[] parts = p.split("\\*", -1);
        int pos = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == 0) {
                if (!path.startsWith(part)) {
                    return false;
                }
                pos = part.length();
            } else {
                int at = path.indexOf(part, pos);
                if (at < 0) {
                    return false;
                }
                pos = at + part.length();
            }
        }
        return !anchored || pos == path.length() || (parts.length > 1 && parts[parts.length - 1].isEmpty());
    }
}
