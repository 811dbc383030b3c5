package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.demandatlas.fixtures.SampleAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.TacticEvidence;
import org.junit.jupiter.api.Test;

class ExploreDataTest {
    private final Atlas atlas = SampleAtlas.atlas();

    @Test
    void oneRowPerJurisdictionWithOneMarkPerTactic() {
        ExploreData.Data data = ExploreData.data(atlas);
        ExploreData.Rows rows = data.rows();
        assertEquals(List.of("Hartford", "West Hartford"), rows.name());
        assertEquals(Arrays.asList(null, null), rows.slug(), "both slugs derive from the names");
        assertEquals(List.of(124563L), rows.population().subList(0, 1));
        assertEquals(null, rows.population().get(1));
        assertEquals(List.of(1, 0), rows.curated());
        String marks = rows.evidence().get(0);
        assertEquals(data.tactics().size(), marks.length());
        List<String> columns = data.tactics().stream().map(ExploreData.Tactic::id).toList();
        int checked = 0;
        for (TacticEvidence e : atlas.evidenceOf("ct/hartford")) {
            if (columns.contains(e.tacticId())) { // a tactic the taxonomy does not know has no column
                assertEquals(e.level().id().charAt(0), marks.charAt(columns.indexOf(e.tacticId())), e.tacticId());
                checked++;
            }
        }
        assertEquals(checked, marks.chars().filter(c -> c != '-').count());
        assertTrue(checked > 0);
        assertEquals("-".repeat(data.tactics().size()), rows.evidence().get(1));
    }

    @Test
    void theSlugIsKeptWhenTheScriptsCouldNotDeriveIt() {
        assertEquals("windsor-locks", ExploreData.derivedSlug("Windsor Locks"));
        assertEquals("o-fallon", ExploreData.derivedSlug("O'Fallon"), "the id is ofallon: the row keeps it");
        assertEquals("", ExploreData.derivedSlug("Cañon City"));
    }

    @Test
    void theFileIsAScriptThatHandsItsDataToThePage() {
        String script = new String(ExploreData.bytes(atlas), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("window.AtlasExplore.load(\"data\",{"), script);
        assertTrue(script.endsWith(");\n"));
    }
}
