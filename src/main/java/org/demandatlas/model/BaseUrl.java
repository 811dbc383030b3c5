package org.demandatlas.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The absolute URL a site is published under, such as {@code https://example.org/atlas/}: the one rule for what
 * {@code build --base-url} accepts and what rendering uses for canonical links, the sitemap and the 404 page.
 *
 * <p>Accepted: {@code http} or {@code https}, a host (DNS name, IPv4 or a bracketed IPv6 literal without zone),
 * an optional port 1-65535 and a path of non-empty segments made of letters, digits, {@code - . _ ~}. Refused, each
 * with its reason: user info ({@code user@}), query, fragment, percent-escapes, spaces and other characters that
 * would need escaping in links, {@code .} and {@code ..} segments. Scheme and host are lower-cased; the value always
 * ends in exactly one slash. Every refusal is one line (the input is quoted with control characters escaped).
 */
public record BaseUrl(String value) {
    static final int MAX_LENGTH = 1_000;
    private static final String EXPECTED = "expected an absolute http(s) URL such as https://example.org/atlas";
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(.*)",
            Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

    public BaseUrl {
        value = normalise(Objects.requireNonNull(value, "base URL"));
    }

    /** The path part, starting and ending with a slash: {@code /atlas/}, or {@code /} at the root. */
    public String path() {
        return value.substring(value.indexOf('/', value.indexOf("://") + 3));
    }

    /** The absolute URL of a site path such as {@code /ct/hartford/} (which starts with a slash). */
    public String resolve(String sitePath) {
        if (!sitePath.startsWith("/")) {
            throw new IllegalArgumentException("site path must start with /: " + sitePath);
        }
        return value + sitePath.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        if (text.length() > MAX_LENGTH) {
            throw refused(text, "longer than " + MAX_LENGTH + " characters");
        }
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            throw refused(text, "not an absolute URL");
        }
        String scheme = shape.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(text, "scheme '" + scheme + "' is not http or https");
        }
        if (!shape.group(4).isEmpty()) {
            throw refused(text, shape.group(4).startsWith("?") ? "it has a query (?…)" : "it has a fragment (#…)");
        }
        return scheme + "://" + authority(text, shape.group(2)) + path(text, shape.group(3));
    }

    private static String authority(String text, String authority) {
        if (authority.contains("@")) {
            throw refused(text, "it has user info (user@); credentials must never be published in links");
        }
        int colon = authority.lastIndexOf(':');
        boolean hasPort = colon >= 0 && colon > authority.lastIndexOf(']');
        String host = hasPort ? authority.substring(0, colon) : authority;
        return host(text, host.toLowerCase(Locale.ROOT)) + (hasPort ? ":" + port(text, authority.substring(colon + 1))
                : "");
    }

    private static String host(String text, String host) {
        if (host.isEmpty()) {
            throw refused(text, "it has no host");
        }
        if (host.startsWith("[")) {
            if (!isIpv6Literal(host)) {
                throw refused(text, shown(host) + " is not an IPv6 address");
            }
            return host;
        }
        if (IPV4.matcher(host).matches()) {
            return host;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] labels = name.split("\\.", -1);
        if (name.length() > 253 || !Arrays.stream(labels).allMatch(l -> LABEL.matcher(l).matches())
                || !Character.isLetter(labels[labels.length - 1].charAt(0))) {
            throw refused(text, shown(host) + " is neither an IPv4 address nor a host name (labels of letters, "
                    + "digits and '-' between dots, the last one starting with a letter)");
        }
        return name;
    }

    private static String port(String text, String port) {
        long number = port.matches("[0-9]{1,18}") ? Long.parseLong(port) : -1;
        if (number < 1 || number > 65_535) {
            throw refused(text, "port " + shown(port) + " is not a number from 1 to 65535");
        }
        return Long.toString(number);
    }

    private static String path(String text, String path) {
        String trimmed = path.replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return "/";
        }
        for (String segment : trimmed.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refused(text, "its path has an empty, '.' or '..' segment");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw refused(text, "its path has " + shown(segment) + "; only letters, digits, '-', '.', '_', '~' "
                        + "and '/' are supported (no spaces or %-escapes)");
            }
        }
        return trimmed + "/";
    }

    private static boolean isIpv6Literal(String host) {
        try {
            return host.matches("\\[[0-9a-f:.]+]") && new URI("http://" + host + "/").getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static IllegalArgumentException refused(String text, String reason) {
        return new IllegalArgumentException(shown(text) + " is not a usable base URL: " + reason + " ("
                + EXPECTED + ")");
    }

    /** The text in quotes on one line: control characters escaped, cut after 80 characters. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder("'");
        text.codePoints().limit(80).forEach(c -> out.append(Character.isISOControl(c) || Character.isWhitespace(c)
                && c != ' ' ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return out.append(text.codePointCount(0, text.length()) > 80 ? "…'" : "'").toString();
    }
}
