package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.demandatlas.model.StatuteRef;
import org.junit.jupiter.api.Test;

class StatuteFinderTest {
    private static final StatuteFinder FINDER = new StatuteFinder(ReferenceData.loadStatuteLinks());
    private static final String CHAPTER = "https://www.cga.ct.gov/current/pub/chap_952.htm#sec_";

    private static List<String> refs(String jurisdiction, String text) {
        Document document = new Document("ct-press-release", DocumentKind.PRESS_RELEASE, "press release: test",
                "seeds/p.txt", "ab".repeat(32), "Release", jurisdiction, null,
                List.of(new Block(BlockKind.LIST_ITEM, text, 134)));
        return FINDER.refsOf(document).stream().map(StatuteFinderTest::describe).toList();
    }

    private static String describe(StatuteRef r) {
        return String.join(" ", r.state(), r.label(), "'" + r.asWritten() + "'", String.valueOf(r.url()),
                r.file() + ":" + r.line());
    }

    @Test
    void readsTheArticlesRange() {
        assertEquals(List.of("CT §§53a-82 to 53a-90 '§53a-82 to §53a-90' " + CHAPTER + "53a-82 seeds/p.txt:134"),
                refs("ct/west-hartford", "Under Connecticut General Statutes §53a-82 to §53a-90, both soliciting"));
    }

    @Test
    void readsThePressReleasesSectionsAndSubsections() {
        assertEquals(List.of("CT §53a-192a '53a-192a' " + CHAPTER + "53a-192a seeds/p.txt:134",
                        "CT §53a-83(c) '53a-83(c)' " + CHAPTER + "53a-83 seeds/p.txt:134",
                        "CT §53a-83(c) 'Sec. 53a-83(c)' " + CHAPTER + "53a-83 seeds/p.txt:134"),
                refs("ct", "consider whether to include 53a-192a. Trafficking in persons and 53a-83(c), "
                        + "Patronizing; under Sec. 53a-83(c), Patronizing"));
    }

    @Test
    void phoneAndStreetNumbersAreNotStatutesAndUnknownChaptersAreNotLinked() {
        assertEquals(List.of(), refs("ct", "18-20 Trinity St., Hartford, CT 06106 ▪ 860-240-1475"));
        assertEquals(List.of("CT §54-1 '§54-1' null seeds/p.txt:134"), refs("ct", "See §54-1 for arrests."));
        assertEquals(List.of(), refs(null, "Sec. 53a-82 applies."));
    }
}
