package org.demandatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.demandatlas.fixtures.UrlCandidates;
import org.junit.jupiter.api.Test;

/**
 * 30,000 generated candidates ({@link UrlCandidates}): {@link BaseUrl} accepts exactly those that an independent
 * check built on {@link URI} accepts, every refusal is one line, and what it accepts is a canonical absolute URL.
 * Explore further with {@code -Dbaseurl.seed=N -Dbaseurl.count=N}.
 */
class BaseUrlPropertyTest {
    private static final long SEED = Long.getLong("baseurl.seed", 15);
    private static final int COUNT = Integer.getInteger("baseurl.count", 30_000);

    @Test
    void acceptsWhatTheUriOracleAcceptsAndNothingElse() {
        int[] accepted = {0};
        UrlCandidates.generate(SEED, COUNT).forEach(text -> {
            Optional<BaseUrl> parsed = parse(text);
            assertEquals(oracle(text), parsed.isPresent(), () -> "accepted? " + printable(text));
            parsed.ifPresent(base -> {
                accepted[0]++;
                assertCanonical(base, text);
            });
        });
        System.out.printf(Locale.ROOT, "BaseUrlPropertyTest: %d candidates, %d accepted%n", COUNT, accepted[0]);
        assertTrue(accepted[0] > COUNT / 20 && accepted[0] < COUNT / 2, "a useful mix: " + accepted[0]);
    }

    private static Optional<BaseUrl> parse(String text) {
        try {
            return Optional.of(new BaseUrl(text));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            assertFalse(message.lines().count() != 1 || message.contains("\r") || message.contains("\u2028")
                    || message.contains("\u0085"), () -> "one line: " + printable(message));
            assertTrue(message.length() < 500, message);
            assertTrue(message.endsWith("(expected an absolute http(s) URL such as https://example.org/atlas)"),
                    message);
            return Optional.empty();
        }
    }

    private static void assertCanonical(BaseUrl base, String text) {
        URI uri = URI.create(base.value());
        assertTrue(List.of("http", "https").contains(uri.getScheme()), base.value());
        assertEquals(uri.getHost().toLowerCase(Locale.ROOT), uri.getHost(), base.value());
        assertEquals(base.path(), uri.getRawPath());
        assertTrue(base.value().endsWith("/") && !base.value().endsWith("//"), base.value());
        assertEquals(base, new BaseUrl(base.value()), "idempotent for " + printable(text));
        URI page = URI.create(base.resolve("/ct/hartford/"));
        assertEquals(uri.getHost(), page.getHost());
        assertEquals(base.path() + "ct/hartford/", page.getRawPath());
    }

    /** Independent of BaseUrl: what java.net.URI makes of the text, plus the rules URI does not have. */
    private static boolean oracle(String text) {
        try {
            URI uri = new URI(text);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            return List.of("http", "https").contains(scheme) && uri.getHost() != null && uri.getRawUserInfo() == null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && !uri.getRawAuthority().endsWith(":") && !uri.getHost().contains("%")
                    && (uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65_535)
                    && uri.getRawAuthority().chars().allMatch(c -> c < 128)
                    && hostOk(uri.getHost()) && pathOk(path) && text.length() <= BaseUrl.MAX_LENGTH;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Rules URI lacks: label lengths, and a last label starting with a letter unless it is a dotted quad. */
    private static boolean hostOk(String host) {
        if (host.startsWith("[")) {
            return true;
        }
        String[] labels = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.");
        boolean quad = labels.length == 4 && Arrays.stream(labels)
                .allMatch(l -> l.matches("0|[1-9][0-9]{0,2}") && Integer.parseInt(l) <= 255);
        return quad || host.length() <= 254 && Arrays.stream(labels).allMatch(l -> l.length() <= 63)
                && Character.isLetter(labels[labels.length - 1].charAt(0));
    }

    private static boolean pathOk(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.isEmpty() || trimmed.startsWith("/") && Arrays.stream(trimmed.substring(1).split("/", -1))
                .allMatch(s -> s.matches("[A-Za-z0-9._~-]+") && !s.equals(".") && !s.equals(".."));
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 32 || c > 126 ? String.format(Locale.ROOT, "\\u%04x", c)
                : Character.toString(c)));
        return out.toString();
    }
}
