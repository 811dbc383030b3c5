package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.JurisdictionType;
import org.demandatlas.model.StateRef;
import org.junit.jupiter.api.Test;

class PopulationCheckTest {
    private static Optional<String> check(String narrative, Long population) {
        Jurisdiction j = new Jurisdiction("ct/hartford", "Hartford", new StateRef("CT", "Connecticut"),
                JurisdictionType.CITY, population, true, List.of(), List.of(), List.of(),
                List.of(new Block(BlockKind.PARAGRAPH, narrative, 16)), List.of());
        return PopulationCheck.of(j, "seeds/h.txt").map(item -> item.line() + " " + item.message());
    }

    @Test
    void aFigureBeyondTheToleranceDiffers() {
        assertEquals(Optional.of("16 narrative says 150,000, trailer says 124,563 (20.4% apart; beyond the 2% "
                + "tolerance: one of them is wrong or out of date)"),
                check("Hartford has a population of about 150,000.", 124563L));
    }

    @Test
    void countsThatAreNotPopulationsAreIgnored() {
        assertEquals(Optional.empty(), check("Police made 1,200 arrests of 2,000 suspects.", 124563L));
        assertEquals(Optional.empty(), check("A population of 120,000.", null));
    }
}
