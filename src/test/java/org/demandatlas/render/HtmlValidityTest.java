package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.fixtures.TestReleases;
import org.demandatlas.testing.HtmlChecker;
import org.junit.jupiter.api.Test;

/**
 * Every generated page is valid HTML, without warnings, according to the W3C Nu HTML Checker used as a library;
 * a deliberately broken page shows that the checker really checks. (The site built from the real seeds is checked
 * page by page in {@code browser.SiteHtmlValidityIT}.)
 */
class HtmlValidityTest {
    @Test
    void everyPageIsValidHtml() throws Exception {
        RenderedSite site = RenderedSite.render(SecurityTest.hostile(), RenderOptions.withBaseUrl("https://example.org/"));
        AtlasPipeline.Result fixture = FixtureAtlas.seeds();
        RenderedSite seeds = RenderedSite.render(fixture, RenderOptions.defaults(), TestReleases.of(fixture.atlas()));
        HtmlChecker checker = new HtmlChecker();
        int pages = 0;
        for (RenderedSite rendered : List.of(site, seeds)) {
            for (String file : rendered.htmlFiles()) {
                checker.check(rendered.root().resolve(file), file);
                pages++;
            }
        }
        assertEquals(List.of(), checker.errors());
        assertEquals(List.of(), checker.warnings());
        assertEquals(site.htmlFiles().size() + seeds.htmlFiles().size(), pages);
        assertTrue(pages > 80, "checked only " + pages + " pages");
        Path broken = site.root().resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=en><title>x</title><p id=a></p>"
                + "<p id=a style=></p><table><caption>c</caption></table><a href=\"x y\">z</a>");
        checker.check(broken, "broken.html");
        assertEquals(List.of("broken.html:1:72: Attribute value missing.", "broken.html:1:72: Duplicate ID \u201Ca\u201D."),
                checker.errors().subList(0, 2), "the checker must catch a broken page");
    }
}
