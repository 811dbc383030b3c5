package org.demandatlas.render;

import java.util.List;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.render.page.BuildReportPage;
import org.demandatlas.routes.Routes;

/** Builds {@code /build-report.html} from a {@link BuildSummary}. */
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
        Href href = Href.forPage(FILE);
        List<BuildReportPage.Count> documents = summary.documentsByKind().entrySet().stream()
                .map(e -> new BuildReportPage.Count(e.getKey().label(), e.getValue())).toList();
        List<BuildReportPage.Count> severities = summary.problemsBySeverity().entrySet().stream()
                .map(e -> new BuildReportPage.Count(e.getKey().label(), e.getValue())).toList();
        List<BuildReportPage.ProblemRow> rows = summary.problems().stream()
                .map(p -> new BuildReportPage.ProblemRow(p.file(), p.line(), p.column(), p.severity().label(),
                        p.message())).toList();
        PageInfo info = PageInfo.of(FILE, "Build report", "The seeds read by the last build and every problem "
                + "found in them, with file, line and column.", "", List.of(new PageInfo.Crumb(Routes.HOME,
                context.config().name()), new PageInfo.Crumb(Routes.ABOUT, "About")));
        return context.job(info, "build-report", new BuildReportPage(summary.seedsRead(), documents, severities,
                rows, href.to(Routes.BUILD_REPORT_JSON)));
    }
}
