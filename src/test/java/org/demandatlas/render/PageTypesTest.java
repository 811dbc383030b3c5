package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.export.PageOutputs;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.model.Document;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.PartnerEntry;
import org.demandatlas.model.StateEntry;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.routes.OutputFormat;
import org.demandatlas.routes.RouteMatcher;
import org.demandatlas.routes.Routes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandatlas.fixtures.TestReleases;
import org.demandatlas.model.ReleaseHistory;

/** The page registry drives the renderer, the route table names its pages, and its examples exist. */
class PageTypesTest {
    private static AtlasPipeline.Result built;
    private static BuildContext context;
    private static Path site;
    private static ReleaseHistory history;

    @BeforeAll
    static void render(@TempDir Path dir) throws IOException {
        built = FixtureAtlas.seeds();
        history = TestReleases.of(built.atlas());
        BuildSummary summary = BuildSummary.of(5, List.of(), built.atlas().documents());
        context = BuildContext.of(built.atlas(), built.quality(), RenderOptions.withBaseUrl("https://x.org/"),
                summary, history);
        site = dir;
        new SiteRenderer(RenderOptions.withBaseUrl("https://x.org/"), PageOutputs.writers(built.atlas()))
                .render(built.atlas(), built.quality(), summary, history, site);
    }

    @Test
    void everyTypeHasPagesAndTheRouteTableNamesThemAfterIt() {
        Set<String> ids = new HashSet<>();
        for (PageType type : PageTypes.ALL) {
            assertTrue(ids.add(type.id()), "two types named " + type.id());
            List<Page> pages = type.builder().apply(context);
            assertFalse(pages.isEmpty(), type.id() + " has no page");
            for (Page page : pages) {
                assertEquals(Optional.of(type.id()), RouteMatcher.routeOf(page.path()), page.path());
                assertTrue(Files.isRegularFile(site.resolve(Routes.file(page.path()))), page.path());
                for (OutputFormat format : type.otherOutputs()) {
                    assertTrue(Files.isRegularFile(site.resolve(Routes.file(Routes.output(page.path(), format)))),
                            page.path() + " as " + format.id());
                }
            }
        }
    }

    @Test
    void theSitemapListsExactlyThePagesOfItsTypes() throws IOException {
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (PageType type : PageTypes.ALL) {
            for (Page page : type.builder().apply(context)) {
                assertEquals(type.inSitemap(), sitemap.contains("<loc>https://x.org/" + page.path().substring(1)
                        + "</loc>"), page.path());
            }
        }
    }

    @Test
    void examplesStandForEveryTypeAndExist() {
        List<SiteRenderer.Example> examples = SiteRenderer.examples(built.atlas(), built.quality(),
                BuildSummary.of(5, List.of(), built.atlas().documents()), history);
        assertEquals(PageTypes.ALL.stream().map(PageType::id).toList(),
                examples.stream().map(SiteRenderer.Example::type).distinct().toList());
        assertTrue(examples.stream().map(SiteRenderer.Example::name).toList().containsAll(List.of(
                "jurisdiction-curated", "jurisdiction-not-curated", "sources",
                "document-press-release", "not-found", "build-report", "legacy-profile", "quality")));
        examples.forEach(e -> assertTrue(Files.isRegularFile(site.resolve(Routes.file(e.path()))), e.name()));
        assertEquals(404, examples.stream().filter(e -> e.type().equals("not-found")).findFirst().orElseThrow()
                .status());
    }

    /** So that a new output format of any entity's page is a registry line and a writer, never a builder edit. */
    @Test
    void entityPagesHandTheirRecordToOtherFormats() {
        Map<String, Class<?>> shown = Map.of("jurisdiction", Jurisdiction.class, "state", StateEntry.class,
                "tactic", TacticEntry.class, "partner", PartnerEntry.class, "document", Document.class);
        shown.forEach((id, type) -> PageTypes.find(id).orElseThrow().builder().apply(context).forEach(
                page -> assertTrue(type.isInstance(page.shown()), page.path() + " shows " + page.shown())));
    }

    @Test
    void aDeclaredOutputFormatNeedsItsWriter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SiteRenderer(RenderOptions.defaults(), Map.of())
                        .render(built.atlas(), built.quality(), site));
        assertEquals("no writer for the JSON output of jurisdiction pages", e.getMessage());
    }

    @Test
    void everyTypeHasItsTemplate() {
        for (PageJob job : PageTypes.ALL.stream().map(t -> t.builder().apply(context).get(0).job().get())
                .toList()) {
            assertTrue(Files.isRegularFile(ProjectFiles.basedir().resolve("templates/" + job.template() + ".html")),
                    job.template());
        }
    }
}
