package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The static search in a real browser, served and from disk: type, see results with their kind, reasons and
 * marked passages, follow a passage to its place, tick facets, browse by filters alone; the address keeps it all.
 */
class SearchIT extends SeedsSiteBrowserTest {

    private String searchPage(String how) {
        return how.equals("served") ? site.url("/search/")
                : site.root().resolve("search/index.html").toUri().toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"served", "file"})
    void aHitShowsItsKindWhyItMatchedAndThePassageLinkingToItsPlace(String how) {
        probe.open(searchPage(how) + "?q=john+school", 1280, "screen");
        awaitResults(n -> n >= 3);
        WebElement first = probe.driver().findElement(By.cssSelector("#search-results li.search-hit"));
        assertEquals("Hartford", first.findElement(By.cssSelector("a")).getText());
        assertTrue(first.findElement(By.cssSelector(".search-hit-meta")).getText().startsWith("Curated profile"),
                first.getText());
        String reasons = first.findElement(By.cssSelector(".search-reasons")).getText();
        assertTrue(reasons.contains("lists John School") && reasons.contains("described in "), reasons);
        WebElement passage = first.findElement(By.cssSelector(".search-passages a"));
        assertEquals("The city first launched its first john school in 2000.", passage.getText());
        assertEquals("john school", passage.findElement(By.tagName("mark")).getText());
        String target = passage.getDomProperty("href");
        assertTrue(target.endsWith(how.equals("served") ? "/ct/hartford/#p-4" : "/ct/hartford/index.html#p-4"),
                target);
        passage.click();
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(target));
        assertTrue(probe.driver().findElement(By.id("p-4")).getText().contains("john school"));
        assertEquals(List.of(), probe.consoleErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"served", "file"})
    void filtersAloneListAndSortAndTheAddressKeepsThem(String how) {
        probe.open(searchPage(how) + "?kind=jurisdiction&sort=name", 1280, "screen");
        assertEquals(List.of("Hartford", "Waterbury", "West Hartford", "Windsor Locks"), awaitResults(n -> n == 4));
        tick("cameras");
        assertEquals(List.of("Waterbury"), awaitResults(n -> n == 1));
        tick("web-stings");
        assertEquals(List.of("Hartford", "Waterbury", "Windsor Locks"), awaitResults(n -> n == 3));
        String address = probe.driver().getCurrentUrl();
        assertTrue(address.contains("tactic=cameras%2Cweb-stings") && address.contains("sort=name"), address);
        assertEquals(List.of(), probe.consoleErrors());
    }

    @Test
    void typeQueryTickAFacetAndFollowResult() {
        probe.open(site.url("/search/"), 1280, "screen");
        probe.driver().findElement(By.cssSelector("#search-form input[name=q]")).sendKeys("operation cupid");
        assertTrue(awaitResults(n -> n >= 1).get(0).contains("Windsor Locks"), "Windsor Locks first");
        WebElement status = probe.driver().findElement(By.id("search-status"));
        assertTrue(status.getText().matches(".*\\d+.*"), "status announces a count: " + status.getText());

        WebElement box = probe.driver().findElement(By.cssSelector("#search-form input[name=q]"));
        box.clear();
        box.sendKeys("reverse stings");
        List<String> all = awaitResults(n -> n >= 4);
        assertTrue(all.stream().anyMatch(name -> name.contains("West Hartford")), "article found: " + all);
        WebElement article = probe.driver().findElement(By.cssSelector(".search-group-documents li.search-hit"));
        assertTrue(article.getText().contains("Unverified web article"), article.getText());
        tick("web-stings");
        List<String> filtered = awaitResults(n -> n == 3);
        assertTrue(filtered.stream().noneMatch(name -> name.contains("West Hartford")), "facet: " + filtered);

        WebElement first = probe.driver().findElement(By.cssSelector("#search-results li.search-hit > a"));
        String target = first.getDomProperty("href");
        String name = first.getText();
        first.click();
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(target));
        String heading = probe.driver().findElement(By.tagName("h1")).getText();
        assertTrue(name.startsWith(heading.split(",")[0]), heading + " vs " + name);
        assertEquals(List.of(), probe.consoleErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"served", "file"})
    void tacticsPartnersAndSourcesAreHitsGroupedByKind(String how) {
        String page = how.equals("served") ? "/" : "/index.html";
        probe.open(searchPage(how) + "?q=john+school", 1280, "screen");
        awaitResults(n -> n >= 4);
        List<String> groups = probe.driver().findElements(By.cssSelector("#search-results > li.search-group > h2"))
                .stream().map(WebElement::getText).toList();
        assertTrue(groups.get(0).startsWith("Places (") && groups.contains("Tactics (4)"), groups.toString());
        assertGroupHit("tactics", "John School", "/tactics/john-school" + page);

        probe.open(searchPage(how) + "?q=Hartford+Police+Department", 1280, "screen");
        awaitResults(n -> n >= 2);
        assertGroupHit("partners", "Hartford Police Department", "/partners/hartford-police-department" + page);

        probe.open(searchPage(how) + "?q=WFSB", 1280, "screen");
        awaitResults(n -> n >= 2);
        WebElement source = assertGroupHit("sources", "Prostitution Sting Nets 40",
                "/ct/waterbury" + page + "#source-10");
        assertTrue(source.getText().contains("Cited source") && source.getText().contains("publisher"),
                source.getText());
        assertEquals("WFSB", source.findElement(By.cssSelector(".search-passages mark")).getText());
        assertEquals(List.of(), probe.consoleErrors());
    }

    /** The first hit of a group: its name and where it links. */
    private WebElement assertGroupHit(String group, String name, String path) {
        WebElement hit = probe.driver().findElement(By.cssSelector(".search-group-" + group + " li.search-hit"));
        WebElement link = hit.findElement(By.cssSelector("a"));
        assertEquals(name, link.getText());
        assertTrue(link.getDomProperty("href").endsWith(path), link.getDomProperty("href"));
        return hit;
    }

    /** Ticks a tactic; the facet groups are drawn again after every search, so a box found may be replaced. */
    private void tick(String tactic) {
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("input[name=tactic][value=" + tactic + "]")).click();
                    return true;
                });
    }

    private List<String> awaitResults(IntPredicate count) {
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(
                d -> count.test(d.findElements(By.cssSelector("#search-results li.search-hit")).size()));
        return probe.driver().findElements(By.cssSelector("#search-results li.search-hit > a")).stream()
                .map(WebElement::getText).toList();
    }
}
