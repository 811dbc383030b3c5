package org.demandatlas.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** On a 360 px phone the state matrix scrolls inside its own container and keeps its headers in view. */
class MatrixLayoutIT extends SeedsSiteBrowserTest {

    @Test
    void matrixScrollsInItsOwnContainerWithStickyHeaders() {
        probe.open(site.url("/ct/"), 360, "screen");
        assertFalse(probe.scrollsHorizontally(), "the page itself must not scroll sideways");
        WebElement table = probe.driver().findElement(By.cssSelector("table.matrix"));
        WebElement container = (WebElement) probe.driver().executeScript(
                "let e = arguments[0].parentElement; while (e && getComputedStyle(e).overflowX === 'visible')"
                        + " e = e.parentElement; return e;", table);
        assertTrue(container != null && !container.getTagName().equals("html"), "no scroll container");
        Object scrollable = probe.driver().executeScript(
                "return arguments[0].scrollWidth > arguments[0].clientWidth;", container);
        assertEquals(Boolean.TRUE, scrollable, "the matrix should scroll inside its container at 360 px");
        WebElement rowHeader = table.findElement(By.cssSelector("tbody th"));
        assertEquals("sticky", rowHeader.getCssValue("position"));
        WebElement columnHeader = table.findElement(By.cssSelector("thead th"));
        assertEquals("sticky", columnHeader.getCssValue("position"));
    }
}
