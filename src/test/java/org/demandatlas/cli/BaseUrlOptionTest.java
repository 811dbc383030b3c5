package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.fixtures.UrlCandidates;
import org.demandatlas.model.BaseUrl;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --base-url}: every refused URL is a one-line usage error (exit 2) before anything is built, and the
 * accepted ones build a site whose canonical links, sitemap and 404 page use them (one rule for build and render).
 */
class BaseUrlOptionTest {
    @TempDir
    Path dir;

    @Test
    void theReportedUrlsAreUsageErrors() {
        for (String url : List.of("https://example.org/a%20b", "https://user@example.org/", "https://u:p@x.org/a")) {
            assertOneLineUsageError(url);
        }
    }

    @Test
    void everyGeneratedRefusedUrlIsAOneLineUsageError() {
        List<String> refused = UrlCandidates.generate(1_515, 3_000).filter(url -> !accepted(url)).limit(400).toList();

        assertEquals(400, refused.size());
        refused.forEach(this::assertOneLineUsageError);
    }

    @Test
    void acceptedUrlsBuildCanonicalLinksSitemapAnd404(@TempDir Path out) throws IOException {
        for (String url : List.of("HTTPS://Example.ORG/Atlas/v1.2//", "http://[::1]:8080/a~b_c", "http://127.0.0.1")) {
            BaseUrl base = new BaseUrl(url);
            Path site = out.resolve(Integer.toString(url.hashCode()));

            CommandRun run = CommandRun.of("build", "--seeds", ProjectFiles.seeds().toString(), "--out",
                    site.toString(), "--base-url", url);

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(base.resolve("/ct/hartford/"), Jsoup.parse(site.resolve("ct/hartford/index.html"))
                    .selectFirst("link[rel=canonical]").attr("href"));
            assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>" + base.resolve("/ct/hartford/")
                    + "</loc>"), url);
            assertTrue(Files.readString(site.resolve("404.html")).contains("href=\"" + base.path() + "index.html\""),
                    url);
        }
    }

    private void assertOneLineUsageError(String url) {
        CommandRun run = CommandRun.of("build", "--seeds", dir.resolve("never-read").toString(), "--out",
                dir.resolve("never-written").toString(), "--base-url", url);

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("demand-atlas build: Invalid value for option '--base-url': '"), run.err());
        assertTrue(run.err().endsWith(" (see demand-atlas build --help)\n"), run.err());
        assertEquals("", run.out());
        assertTrue(Files.notExists(dir.resolve("never-written")));
    }

    private static boolean accepted(String url) {
        try {
            new BaseUrl(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
