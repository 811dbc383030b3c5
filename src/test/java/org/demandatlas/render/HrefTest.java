package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HrefTest {
    @Test
    void linksFromTheHomePage() {
        Href href = Href.forPage("index.html");
        assertEquals("index.html", href.to("/"));
        assertEquals("index.html#states", href.to("/#states"));
        assertEquals("ct/hartford/index.html", href.to("/ct/hartford/"));
        assertEquals("data/all.json", href.to("/data/all.json"));
    }

    @Test
    void linksFromADeepPageTakeTheShortestPath() {
        Href href = Href.forPage("ct/hartford/index.html");
        assertEquals("../../index.html", href.to("/"));
        assertEquals("../index.html", href.to("/ct/"));
        assertEquals("index.html#source-3", href.to("/ct/hartford/#source-3"));
        assertEquals("../waterbury/index.html#source-3", href.to("/ct/waterbury/#source-3"));
        assertEquals("../../tactics/reverse-stings/index.html", href.to("/tactics/reverse-stings/"));
        assertEquals("../../assets/style.css", href.to("/assets/style.css"));
    }

    @Test
    void linksFromASiblingFolder() {
        Href href = Href.forPage("sources/page-3/index.html");
        assertEquals("../index.html", href.to("/sources/"));
        assertEquals("../page-2/index.html", href.to("/sources/page-2/"));
    }

    @Test
    void absoluteLinksForThe404Page() {
        assertEquals("/tactics/index.html", Href.absolute("/").to("/tactics/"));
        assertEquals("https://example.org/a/favicon.ico", Href.absolute("https://example.org/a/").to("/favicon.ico"));
        assertThrows(IllegalArgumentException.class, () -> Href.absolute("https://example.org/a"));
        assertThrows(IllegalArgumentException.class, () -> Href.forPage("index.html").to("tactics/"));
    }
}
