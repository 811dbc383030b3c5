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

    @Test
    void theEventIsWhereTheSentenceSaysItHappened() {
        PlaceMentions ct = new PlaceMentions(List.of("Hartford", "Windsor Locks", "Enfield"));
        assertTrue(ct.aboutElsewhere("In 2019 police in East Hartford arrested six men.", "Hartford"));
        assertEquals(List.of("East Hartford"), ct.eventPlaces("In 2019 police in East Hartford arrested six men."));
        assertFalse(ct.aboutElsewhere("In 2019 Hartford and East Hartford police held a sting.", "Hartford"),
                "it names Hartford's police too");
        assertEquals(List.of("Hartford", "East Hartford"),
                ct.in("In 2019 Hartford and East Hartford police held a sting."));
        String fromEnfield = "In 2020 a man from Enfield was arrested in Windsor Locks.";
        assertEquals(List.of("Enfield", "Windsor Locks"), ct.in(fromEnfield));
        assertFalse(ct.aboutElsewhere(fromEnfield, "Windsor Locks"));
        assertTrue(ct.aboutElsewhere(fromEnfield, "Enfield"), "where he is from is not where it happened");
        assertFalse(ct.aboutElsewhere("In 2019 Windsor Locks police found her at a motel in East Windsor.",
                "Windsor Locks"), "its own police acted");
        assertTrue(ct.aboutElsewhere("In 2022 an East Hartford resident was sentenced.", "Hartford"),
                "it says where no event was, and names only another place");
    }

    @Test
    void otherPlacesOfTheListNeedACueAndStreetsAreNoPlaces() {
        PlaceMentions ct = new PlaceMentions(List.of("Hartford"));
        assertEquals(List.of("Suffield"), ct.in("A sting was held in Suffield in 2018."));
        assertEquals(List.of("Bristol"), ct.in("In 2018 Bristol police arrested four men."));
        assertEquals(List.of(), ct.in("The Washington Post and Union Station reported it in 2018."));
        assertEquals(List.of(), ct.in("Officers patrol New Britain Avenue and Park Road."));
        assertEquals(List.of("Hartford"), ct.in("Hartford police watched Franklin Avenue in 2018."));
        assertFalse(ct.aboutElsewhere("Prostitution is illegal throughout Connecticut.", "Hartford"),
                "the state holds the place; it is not somewhere else");
    }
}
