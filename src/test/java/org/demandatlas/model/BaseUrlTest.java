package org.demandatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BaseUrlTest {
    private static final String EXPECTED = " (expected an absolute http(s) URL such as https://example.org/atlas)";

    @Test
    void endsInOneSlashWithSchemeAndHostLowerCased() {
        assertEquals("https://example.org/atlas/", new BaseUrl("https://example.org/atlas").value());
        assertEquals("http://localhost:8080/", new BaseUrl("http://localhost:8080//").value());
        assertEquals("https://example.org/Atlas/v1/", new BaseUrl("HTTPS://Example.ORG/Atlas/v1///").value());
        assertEquals("http://[::1]:8080/a~b_c.d-e/", new BaseUrl("http://[::1]:8080/a~b_c.d-e").value());
        assertEquals("http://127.0.0.1/", new BaseUrl("http://127.0.0.1").value());
        assertEquals("https://example.org:80/", new BaseUrl("https://example.org.:0080").value());
    }

    @Test
    void givesThePathAndResolvesSitePaths() {
        BaseUrl base = new BaseUrl("https://example.org/atlas");
        assertEquals("/atlas/", base.path());
        assertEquals("/", new BaseUrl("http://[::1]:8080").path());
        assertEquals("https://example.org/atlas/ct/hartford/", base.resolve("/ct/hartford/"));
        assertEquals("https://example.org/atlas/", base.resolve("/"));
        assertThrows(IllegalArgumentException.class, () -> base.resolve("ct/"));
    }

    @Test
    void refusesWithTheReason() {
        assertRefused("https://example.org/a%20b", "'https://example.org/a%20b' is not a usable base URL: its path has "
                + "'a%20b'; only letters, digits, '-', '.', '_', '~' and '/' are supported (no spaces or %-escapes)");
        assertRefused("https://user@example.org/", "'https://user@example.org/' is not a usable base URL: it has user "
                + "info (user@); credentials must never be published in links");
        assertRefused("ftp://example.org", "'ftp://example.org' is not a usable base URL: scheme 'ftp' is not http or "
                + "https");
        assertRefused("/atlas", "'/atlas' is not a usable base URL: not an absolute URL");
        assertRefused("https://example.org/?x=1", "'https://example.org/?x=1' is not a usable base URL: it has a "
                + "query (?…)");
        assertRefused("https://x.org/#a", "'https://x.org/#a' is not a usable base URL: it has a fragment (#…)");
        assertRefused("https:///a", "'https:///a' is not a usable base URL: it has no host");
        assertRefused("http://x.org:65536/", "'http://x.org:65536/' is not a usable base URL: port '65536' is not a "
                + "number from 1 to 65535");
        assertRefused("http://x.org/a/../b", "'http://x.org/a/../b' is not a usable base URL: its path has an empty, "
                + "'.' or '..' segment");
        assertRefused("http://[zz]/", "'http://[zz]/' is not a usable base URL: '[zz]' is not an IPv6 address");
        assertRefused("http://999.1.1.1/", "'http://999.1.1.1/' is not a usable base URL: '999.1.1.1' is neither an "
                + "IPv4 address nor a host name (labels of letters, digits and '-' between dots, the last one "
                + "starting with a letter)");
    }

    @Test
    void refusalsAreOneLineAndShort() {
        assertRefused("https://exa\nmple.org", "'https://exa\\u000ample.org' is not a usable base URL: "
                + "'exa\\u000ample.org' is neither an IPv4 address nor a host name (labels of letters, digits and "
                + "'-' between dots, the last one starting with a letter)");
        String longPath = "https://example.org/" + "a".repeat(BaseUrl.MAX_LENGTH);
        assertRefused(longPath, "'https://example.org/" + "a".repeat(60) + "…' is not a usable base URL: longer than "
                + "1000 characters");
    }

    private static void assertRefused(String text, String message) {
        assertEquals(message + EXPECTED, assertThrows(IllegalArgumentException.class, () -> new BaseUrl(text))
                .getMessage());
    }
}
