package org.demandatlas.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.render.page.BuildReportPage;
import org.demandatlas.routes.Routes;

/**
 * Builds {@code /build-report.html} from a {@link BuildSummary}, and the report of a failed build, which lives
 * beside the kept site folder rather than in it.
 */
final class BuildReportPageBuilder {
    static final String FILE = Routes.file(Routes.BUILD_REPORT);
    private final BuildContext context;

    BuildReportPageBuilder(BuildContext context) {
        this.context = context;
    }

    /** The report, when the site has a build summary. */
    List<Page> pages() {
        return context.findSummary().map(s -> List.of(Page.of(Routes.BUILD_REPORT, () -> job(s)))).orElse(List.of());
    }

    private PageJob job(BuildSummary summary) {
        return context.job(info(FILE, "Build report"), "build-report",
                page(summary, Href.forPage(FILE).to(Routes.BUILD_REPORT_JSON), null));
    }
    /**
     * The report of a build that stopped on errors, for a file beside the site folder {@code siteFolder}: the
     * layout's links (style sheet, navigation) point into that folder, the JSON link to {@code jsonFile} beside it.
     */
    PageJob failedPage(BuildSummary summary, String siteFolder, String jsonFile, String file) {
        Href href = Href.absolute("./" + uriSegment(siteFolder) + "/");
        BuildReportPage.KeptSite kept = new BuildReportPage.KeptSite(siteFolder, href.to("/"));
        PageInfo info = info(file, "Failed build report");
        return new PageJob(file, "build-report", context.metas().create(info, href, null),
                page(summary, "./" + uriSegment(jsonFile), kept));
    }

    /** A file or folder name as one URI path segment ({@code my site} → {@code my%20site}). */
    private static String uriSegment(String name) {
        try {
            return new URI(null, null, name, null).getRawPath().replace("/", "%2F").replace(":", "%3A");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + name, e);
        }
    }

    private PageInfo info(String file, String title) {
        return PageInfo.of(file, title, "The seeds read by the last build and every problem found in them, with "
                + "file, line and column.", "", List.of(new PageInfo.Crumb(Routes.HOME, context.config().name()),
                new PageInfo.Crumb(Routes.ABOUT, "About")));
    }

    private static BuildReportPage page(BuildSummary summary, String jsonHref, BuildReportPage.KeptSite kept) {
        List<BuildReportPage.Count> documents = summary.documentsByKind().entrySet().stream()
                .map(e -> new BuildReportPage.Count(e.getKey().label(), e.getValue())).toList();
        List<BuildReportPage.Count> severities = summary.problemsBySeverity().entrySet().stream()
                .map(e -> new BuildReportPage.Count(e.getKey().label(), e.getValue())).toList();
        List<BuildReportPage.ProblemRow> rows = summary.problems().stream()
                .map(p -> new BuildReportPage.ProblemRow(p.file(), p.line(), p.column(), p.severity().label(),
                        p.message())).toList();
        return new BuildReportPage(summary.seedsRead(), documents, severities, rows, jsonHref, kept);
    }
}
