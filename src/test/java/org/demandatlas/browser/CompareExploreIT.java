package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The compare and explore pages in a real browser: three places compared from the address and picked in the
 * form; the explore page with two filters counts what the live API counts, and the CSV it downloads has exactly
 * those rows.
 */
class CompareExploreIT extends SeedsSiteBrowserTest {
    private static final List<String> THREE = List.of("ct/hartford", "ct/waterbury", "ct/windsor-locks");

    @Test
    void comparesThreePlacesNamedInTheAddress() {
        probe.open(site.url("/compare/?ids=" + String.join(",", THREE)), 1280, "screen");
        assertEquals(List.of("Hartford", "Waterbury", "Windsor Locks"), awaitColumns(3));
        WebElement table = probe.driver().findElement(By.cssSelector("#compare-output table"));
        assertTrue(table.getText().contains("Reverse Stings"), "tactic rows: " + table.getText());
        assertTrue(table.getText().contains("Cited sources"), table.getText());
        assertTrue(table.getText().contains("Timeline"), table.getText());
        assertTrue(probe.driver().findElements(By.cssSelector("#compare-output td a[href*='#tactic-']")).size() > 3,
                "evidence cells link to the profile's tactic rows");
        assertEquals(List.of(), probe.consoleErrors());
        probe.driver().executeScript("document.getElementById('comparison').scrollIntoView()");
        probe.screenshot("compare-three-1280");
    }

    @Test
    void comparesThreePlacesPickedInTheForm() {
        probe.open(site.url("/compare/"), 1280, "screen");
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("compare-form"))
                .isDisplayed());
        new Select(probe.driver().findElement(By.id("compare-state"))).selectByValue("CT");
        for (String id : THREE) {
            new Select(probe.driver().findElement(By.id("compare-place"))).selectByValue(id);
            probe.driver().findElement(By.id("compare-add")).click();
        }
        assertEquals(List.of("Hartford", "Waterbury", "Windsor Locks"), awaitColumns(3));
        assertTrue(probe.driver().getCurrentUrl().endsWith("?ids=" + String.join(",", THREE)),
                probe.driver().getCurrentUrl());
        assertTrue(probe.driver().findElement(By.id("compare-status")).getText().contains("Comparing 3"));
        assertEquals(List.of(), probe.consoleErrors());
    }

    @Test
    void exploreCountsWhatTheApiCountsAndItsCsvHasExactlyThoseRows() throws Exception {
        Path downloads = Files.createTempDirectory("atlas-downloads-");
        probe.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        probe.open(site.url("/explore/"), 1280, "screen");
        awaitCount();
        probe.driver().findElement(By.cssSelector("input[name=tactic][value=web-stings]")).click();
        new Select(probe.driver().findElement(By.id("explore-type"))).selectByValue("city");
        int count = awaitCount();
        int api = apiTotal("/api/search?tactic=web-stings&type=city&size=50");
        assertEquals(api, count, "explore and /api/search agree");
        assertTrue(count >= 2, "the filters leave several places: " + count);
        List<String> listed = probe.driver().findElements(By.cssSelector("#explore-results tbody th a")).stream()
                .map(WebElement::getText).sorted().toList();
        assertEquals(count, listed.size());

        probe.driver().findElement(By.id("explore-csv")).click();
        Path csv = downloads.resolve("jurisdictions-selection.csv");
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> Files.isRegularFile(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("id,name,state,state_name,type,population,curated,url,tactics,citations", lines.get(0));
        assertEquals(count, lines.size() - 1, "one CSV row per match: " + lines);
        assertEquals(listed, lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).sorted().toList());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",city,") && l.contains("web-stings")), lines
                .toString());
        assertTrue(probe.driver().getCurrentUrl().contains("tactic=web-stings"), "the form is in the address");
        assertEquals(List.of(), probe.consoleErrors());
        probe.driver().executeScript("document.getElementById('explore-count').scrollIntoView()");
        probe.screenshot("explore-filtered-1280");
    }

    private List<String> awaitColumns(int n) {
        By columns = By.cssSelector("#compare-output thead th a");
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(columns).size() == n);
        return probe.driver().findElements(columns).stream().map(WebElement::getText).toList();
    }

    /** The count the page shows once it has settled. */
    private int awaitCount() {
        WebElement status = probe.driver().findElement(By.id("explore-count"));
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(d -> status.getDomAttribute("data-count")
                != null);
        return Integer.parseInt(status.getDomAttribute("data-count"));
    }

    private static int apiTotal(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                site.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
        assertTrue(total.find(), response.body());
        return Integer.parseInt(total.group(1));
    }
}
