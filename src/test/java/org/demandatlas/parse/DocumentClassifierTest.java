package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.demandatlas.model.DocumentKind;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {
    private static final DocumentClassifier CLASSIFIER = new DocumentClassifier(Fixtures.STATES);

    private static Classification classify(String... lines) {
        return CLASSIFIER.classify(List.of(lines));
    }

    @Test
    void profileByHeaderAndSections() {
        Classification result = classify("Hartford, CT", "", "Tactics Used", "Reverse stings", "Key Partners");
        assertEquals(DocumentKind.PROFILE, result.kind());
        assertEquals("profile: header 'Hartford, CT', sections Tactics Used, Key Partners", result.reason());
        assertEquals(1, result.contentLine());
        assertEquals(List.of(), result.junkLines());
    }

    @Test
    void profileByHeaderAndTrailerOnly() {
        Classification result = classify("Hartford, CT", "Some text.", "State Connecticut", "Population 5",
                "Comments are closed.");
        assertEquals(DocumentKind.PROFILE, result.kind());
        assertEquals("profile: header 'Hartford, CT' and trailer State/Population", result.reason());
        assertEquals("profile: header 'Hartford, CT' and trailer Comments are closed.",
                classify("Hartford, CT", "Comments are closed.").reason());
    }

    @Test
    void categoriesBeforeTacticsIsASection() {
        assertEquals("profile: header 'Polk County, FL', sections Categories, Tactics Used",
                classify("Polk County, FL", "Categories:", "Tactics Used").reason());
    }

    @Test
    void strayShortLinesBeforeTheHeaderAreJunk() {
        Classification result = classify("X", "", "--", "Hartford, CT", "Tactics Used");
        assertEquals(DocumentKind.PROFILE, result.kind());
        assertEquals(4, result.contentLine());
        assertEquals(List.of(1, 3), result.junkLines());
    }

    @Test
    void atMostTwoStrayLines() {
        Classification result = classify("X", "Y", "Z", "Hartford, CT", "Tactics Used");
        assertNull(result.kind());
        assertEquals(3, result.contentLine());
        assertEquals("profile sections without a 'Name, ST' header (expected a first line such as Hartford, CT)",
                result.reason());
        assertEquals(3, result.line());
    }

    @Test
    void pressReleaseByMarkersInOrderOfAppearance() {
        Classification result = classify("", "  18-20 Trinity St., Hartford, CT 06106", "CONTACT: Someone",
                "FOR IMMEDIATE RELEASE Jan. 11, 2017", "Text about Connecticut.");
        assertEquals(DocumentKind.PRESS_RELEASE, result.kind());
        assertEquals("press release: markers CONTACT:, FOR IMMEDIATE RELEASE", result.reason());
        assertEquals(2, result.contentLine());
    }

    @Test
    void pressReleaseMarkersCountOnlyNearTheTop() {
        String[] lines = new String[25];
        for (int i = 0; i < 24; i++) {
            lines[i] = "Line " + i + " of text.";
        }
        lines[24] = "PRESS RELEASE";
        assertNull(classify(lines).kind());
    }

    @Test
    void headerLikeAddressDoesNotMakeAProfile() {
        assertEquals(DocumentKind.PRESS_RELEASE, classify("Hartford, CT", "FOR IMMEDIATE RELEASE", "Text.").kind());
    }

    @Test
    void articleByTitleAndQuestionHeadings() {
        Classification result = classify("X", "", "Prostitution in Hartford: A Guide", "", "Is it legal?", "",
                "No, it is not.", "What are the penalties?", "Fines.");
        assertEquals(DocumentKind.ARTICLE, result.kind());
        assertEquals("article: title 'Prostitution in Hartford: A Guide', 2 question headings, no profile sections or"
                + " press-release markers", result.reason());
        assertEquals(List.of(1), result.junkLines());
        assertEquals("article: title 'A Title', 1 question heading, no profile sections or press-release markers",
                classify("A Title", "Why?", "Because.").reason());
    }

    @Test
    void articleNeedsATitleThatIsNotASentence() {
        assertNull(classify("This is a sentence.", "Is it?", "Yes.").kind());
    }

    @Test
    void headerOnlyIsNoKind() {
        Classification result = classify("Hartford, CT", "");
        assertNull(result.kind());
        assertEquals(1, result.line());
        assertEquals("header 'Hartford, CT' is not followed by any profile section or trailer (expected Tactics Used,"
                + " Key Partners, Key Sources or State, Type and Population lines)", result.reason());
    }

    @Test
    void malformedTrailerAloneDoesNotMakeAProfile() {
        assertNull(classify("Hartford, CT", "Population -5").kind());
    }

    @Test
    void garbageIsNoKind() {
        Classification result = classify("lorem ipsum dolor", "sit amet.");
        assertNull(result.kind());
        assertEquals(0, result.line());
        assertEquals("not a profile, article or press release (expected a 'Name, ST' header with profile sections,"
                + " a press-release marker such as FOR IMMEDIATE RELEASE, or an article title with question"
                + " headings)", result.reason());
    }
}
