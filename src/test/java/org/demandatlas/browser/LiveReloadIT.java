package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.demandatlas.serve.LiveReload;
import org.demandatlas.serve.SiteServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** serve --watch in chromium: a failed build's problems shown over the page, a good build reloads it; CSP holds. */
class LiveReloadIT {
    private static final Path SITE = Path.of(System.getProperty("atlas.site", "site"));

    @Test
    void showsTheProblemsOfAFailedBuildThenReloadsAfterAGoodOne() throws Exception {
        ChromeDriver driver = Chromium.start();
        try (LiveReload live = new LiveReload();
             SiteServer server = SiteServer.builder(SITE).port(0).liveReload(live).start()) {
            PageProbe probe = new PageProbe(driver);
            driver.get(server.uri() + "ct/hartford/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            live.failed(List.of("seeds/x.txt:3:1: error: unknown type 'Village' (expected City, County or State)"));
            WebElement panel = wait.until(d -> d.findElement(By.cssSelector("aside.atlas-live")));
            assertTrue(panel.getText().contains("Build failed: the site was not replaced (1 problem)"),
                    panel.getText());
            assertTrue(panel.getText().contains("seeds/x.txt:3:1: error: unknown type 'Village'"), panel.getText());
            assertEquals("fixed", panel.getCssValue("position"), "styled by /_atlas/live.css");
            probe.screenshot("live-reload-problems");
            driver.executeScript("window.atlasMarker = 1;");
            live.built();
            wait.until(d -> driver.executeScript("return window.atlasMarker === undefined "
                    + "&& document.readyState === 'complete';").equals(Boolean.TRUE));
            assertTrue(driver.findElements(By.cssSelector("aside.atlas-live")).isEmpty(), "reloaded, no panel");
            assertEquals(List.of(), probe.consoleErrors(), "no CSP violation or script error");
        } finally {
            driver.quit();
        }
    }
}
