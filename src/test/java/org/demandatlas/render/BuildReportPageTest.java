package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.export.PageOutputs;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** {@code build-report.html}: valid HTML in the site's layout, every problem a row, seed text escaped. */
class BuildReportPageTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    @Test
    void listsEveryProblemAsEscapedTextInValidHtml() throws Exception {
        AtlasPipeline.Result built = FixtureAtlas.seeds();
        List<Problem> problems = List.of(
                Problem.warning(ProblemKind.PARSE, "seeds/b.txt", 3, 1,
                        "unusual character '<' in name '" + SCRIPT + "'"),
                Problem.error(ProblemKind.PARSE, "seeds/a \"><img src=x onerror=alert(1)>.txt", 0, 0, "file is empty"));

        new SiteRenderer(RenderOptions.defaults(), PageOutputs.writers(built.atlas()))
                .render(built.atlas(), built.quality(), BuildSummary.of(5, problems, built.atlas().documents()), dir);

        Document page = Jsoup.parse(dir.resolve("build-report.html").toFile(), "UTF-8");
        List<String> rows = page.select("#problem-table tbody tr").stream().map(r -> r.text()).toList();
        assertEquals(List.of("seeds/a \"><img src=x onerror=alert(1)>.txt 0 0 error file is empty",
                "seeds/b.txt 3 1 warning unusual character '<' in name '" + SCRIPT + "'"), rows);
        assertTrue(page.select("main script, main img").isEmpty(), "no element injected");
        assertEquals("error: 1 warning: 1", page.select("#problems ul").text());
        assertEquals("Build report", page.select("h1").text());
        assertEquals(List.of(), validate(dir.resolve("build-report.html")));
        assertTrue(Files.readString(dir.resolve("about/index.html")).contains("href=\"../build-report.html\""));
    }

    @Test
    void theReportOfAFailedBuildIsValidHtmlWhoseLinksPointIntoTheKeptSite() throws Exception {
        List<Problem> problems = List.of(Problem.error(ProblemKind.PARSE, "seeds/a.txt", 2, 1, "bad " + SCRIPT));

        String html = new SiteRenderer(RenderOptions.defaults()).renderFailedBuildReport(
                BuildSummary.of(1, problems, List.of()), "my site", "my site.report.json", "my site.report.html");

        Path file = Files.writeString(dir.resolve("my site.report.html"), html);
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals(List.of("seeds/a.txt 2 1 error bad " + SCRIPT),
                page.select("#problem-table tbody tr").stream().map(r -> r.text()).toList());
        assertEquals("./my%20site/index.html", page.select("#kept-site a").attr("href"));
        assertEquals("my site", page.select("#kept-site code").text());
        assertEquals("./my%20site/about/index.html", page.select(".breadcrumbs a").last().attr("href"));
        assertEquals("./my%20site.report.json", page.select("#problems a").last().attr("href"));
        assertTrue(page.select("main script").isEmpty(), "no element injected");
        assertEquals(List.of(), validate(file));
    }

    @Test
    void aSiteRenderedWithoutASummaryHasNoReportAndNoLinkToIt() throws java.io.IOException {
        AtlasPipeline.Result built = FixtureAtlas.seeds();
        new SiteRenderer(RenderOptions.defaults(), PageOutputs.writers(built.atlas()))
                .render(built.atlas(), built.quality(), dir);

        assertTrue(Files.notExists(dir.resolve("build-report.html")));
        assertTrue(!Files.readString(dir.resolve("about/index.html")).contains("build-report"));
    }

    private static List<String> validate(Path file) throws Exception {
        List<String> messages = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                messages.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlFile(file.toFile(), true);
        return messages;
    }
}
