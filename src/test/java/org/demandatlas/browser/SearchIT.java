package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The static search in a real browser: type, see results, narrow by a facet, follow a result. */
class SearchIT extends SeedsSiteBrowserTest {

    @Test
    void typeQueryApplyFacetAndFollowResult() {
        probe.open(site.url("/search/"), 1280, "screen");
        probe.driver().findElement(By.cssSelector("#search-form input[name=q]")).sendKeys("operation cupid");
        assertTrue(awaitResults(n -> n >= 1).get(0).contains("Windsor Locks"), "Windsor Locks first");
        WebElement status = probe.driver().findElement(By.id("search-status"));
        assertTrue(status.getText().matches(".*\\d+.*"), "status announces a count: " + status.getText());

        WebElement box = probe.driver().findElement(By.cssSelector("#search-form input[name=q]"));
        box.clear();
        box.sendKeys("reverse stings");
        List<String> all = awaitResults(n -> n == 4);
        assertTrue(all.stream().anyMatch(name -> name.contains("West Hartford")), "article found: " + all);
        new Select(probe.driver().findElement(By.cssSelector("select[name=tactic]"))).selectByValue("web-stings");
        List<String> filtered = awaitResults(n -> n == 3);
        assertTrue(filtered.stream().noneMatch(name -> name.contains("West Hartford")), "facet: " + filtered);

        WebElement first = probe.driver().findElement(By.cssSelector("#search-results a"));
        String target = first.getDomProperty("href");
        String name = first.getText();
        first.click();
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(target));
        String heading = probe.driver().findElement(By.tagName("h1")).getText();
        assertTrue(name.startsWith(heading.split(",")[0]), heading + " vs " + name);
        assertEquals(List.of(), probe.consoleErrors());
    }

    private List<String> awaitResults(java.util.function.IntPredicate count) {
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(
                d -> count.test(d.findElements(By.cssSelector("#search-results > li")).size()));
        return probe.driver().findElements(By.cssSelector("#search-results > li a")).stream()
                .map(WebElement::getText).toList();
    }
}
