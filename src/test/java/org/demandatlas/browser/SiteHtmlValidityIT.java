package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.testing.HtmlChecker;
import org.junit.jupiter.api.Test;

/** The Nu HTML Checker finds zero errors and zero warnings on every page of the site built from the seeds. */
class SiteHtmlValidityIT {
    @Test
    void everyGeneratedPageIsValid() throws Exception {
        Path site = AtlasSite.seeds().root();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        HtmlChecker checker = new HtmlChecker();
        for (Path page : pages) {
            checker.check(page, site.relativize(page).toString());
        }
        assertTrue(pages.size() >= 39, "pages checked: " + pages.size()); // 39 for the five seeds today
        assertEquals(List.of(), checker.errors());
        assertEquals(List.of(), checker.warnings());
        System.out.println("Nu HTML Checker: " + pages.size() + " pages, 0 errors, 0 warnings");
    }
}
