package org.demandatlas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Class 2 of the trust audit on made-up sentences: the places a sentence names, and whose event it is. */
class PlaceMentionsTest {
    private final PlaceMentions places = new PlaceMentions(List.of("Springfield", "Hartford", "Windsor Locks"));

    @Test
    void namesKnownAndNeighbouringPlacesLongestFirst() {
        assertEquals(List.of("East Hartford"), places.in("An East Hartford resident was sentenced in 2022."));
        assertEquals(List.of("Windsor Locks", "East Windsor"),
                places.in("Windsor Locks police found her at a motel in East Windsor."));
        assertEquals(List.of("West Springfield", "Springfield"),
                places.in("Men from West Springfield were arrested in Springfield."));
        assertEquals(List.of(), places.in("In 2014 the police department held a sting."));
    }

    @Test
    void aSentenceAboutANeighbourIsNotTheProfilesEvent() {
        assertTrue(places.aboutElsewhere("In 2019 they took her to a hotel in East Windsor.", "Windsor Locks"));
        assertFalse(places.aboutElsewhere("In 2019 a hotel in Windsor Locks and one in East Windsor.",
                "Windsor Locks"), "it says it happened there too");
        assertFalse(places.aboutElsewhere("In 2019 police held a sting.", "Windsor Locks"), "names no place");
    }
}
