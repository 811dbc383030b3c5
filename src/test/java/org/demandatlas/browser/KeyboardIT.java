package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A keyboard-only visitor reaches the search box and then the first result with Tab, always seeing focus. */
class KeyboardIT extends SeedsSiteBrowserTest {
    private static final int MAX_TABS = 60;

    @Test
    void tabReachesSearchBoxThenFirstResultWithVisibleFocus() {
        probe.open(site.url("/"), 1280, "screen");
        tabUntil("input[name=q]");
        new Actions(probe.driver()).sendKeys("reverse stings").sendKeys(Keys.ENTER).perform();
        new WebDriverWait(probe.driver(), Duration.ofSeconds(10)).until(
                d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        WebElement first = probe.driver().findElement(By.cssSelector("#search-results a"));
        WebElement reached = tabUntil("#search-results a");
        assertEquals(first.getDomProperty("href"), reached.getDomProperty("href"));
    }

    private WebElement tabUntil(String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            new Actions(probe.driver()).sendKeys(Keys.TAB).perform();
            WebElement active = probe.driver().switchTo().activeElement();
            assertTrue(focusVisible(active), "focus not visible on " + describe(active));
            if (matches(active, selector)) {
                return active;
            }
        }
        return fail("Tab never reached " + selector + " in " + MAX_TABS + " presses");
    }

    private boolean matches(WebElement element, String selector) {
        return Boolean.TRUE.equals(probe.driver().executeScript("return arguments[0].matches(arguments[1]);",
                element, selector));
    }

    private boolean focusVisible(WebElement element) {
        Object visible = probe.driver().executeScript("""
                const s = getComputedStyle(arguments[0]);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                return arguments[0].matches(':focus-visible') && (outline || s.boxShadow !== 'none');""", element);
        return Boolean.TRUE.equals(visible);
    }

    private static String describe(WebElement element) {
        return "<" + element.getTagName() + "> " + element.getText();
    }
}
