package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every generated page is valid HTML, without warnings, according to the W3C Nu HTML Checker used as a library;
 * a deliberately broken page shows that the checker really checks.
 */
class HtmlValidityTest {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Collects errors and warnings as {@code file:line:col: message}. */
    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private String file = "";

        @Override
        public void warning(SAXParseException e) {
            warnings.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        RenderedSite site = RenderedSite.render(SecurityTest.hostile(), RenderOptions.withBaseUrl("https://example.org/"));
        RenderedSite seeds = RenderedSite.render(FixtureAtlas.seeds(), RenderOptions.defaults());
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        int pages = 0;
        for (RenderedSite rendered : List.of(site, seeds)) {
            for (String file : rendered.htmlFiles()) {
                collector.file = file;
                validator.checkHtmlFile(rendered.root().resolve(file).toFile(), true);
                pages++;
            }
        }
        assertEquals(List.of(), collector.errors);
        assertEquals(List.of(), collector.warnings);
        assertEquals(82, pages);
        collector.file = "broken.html";
        java.nio.file.Path broken = site.root().resolve("broken.html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html lang=en><title>x</title><p id=a></p>"
                + "<p id=a style=></p><table><caption>c</caption></table><a href=\"x y\">z</a>");
        validator.checkHtmlFile(broken.toFile(), true);
        assertEquals(List.of("broken.html:1:72: Attribute value missing.", "broken.html:1:72: Duplicate ID \u201Ca\u201D."),
                collector.errors.subList(0, 2), "the checker must catch a broken page");
    }
}
