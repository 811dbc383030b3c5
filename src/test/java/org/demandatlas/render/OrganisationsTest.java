package org.demandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.model.Block;
import org.demandatlas.model.BlockKind;
import org.demandatlas.model.Document;
import org.demandatlas.model.DocumentKind;
import org.junit.jupiter.api.Test;

/** Class 9 of the trust audit on a made-up release: every organisation named, the issuer once. */
class OrganisationsTest {
    private static List<String> of(String... paragraphs) {
        List<Block> body = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            body.add(new Block(BlockKind.PARAGRAPH, p, body.size() + 1));
        }
        return Organisations.of(new Document("ma-press-release", DocumentKind.PRESS_RELEASE, "press release",
                "in/r.txt", "ab".repeat(32), "Press release", "ma", null, body));
    }

    @Test
    void findsEveryOrganisationAndKeepsTheIssuerOnce() {
        assertEquals(List.of("Massachusetts Task Force on Demand", "Office of the Attorney General",
                "Boston Alliance Against Exploitation", "Department of Public Health"),
                of("Today the Massachusetts Task Force on Demand (MTFD) released its plan.",
                        "Jo Lee, chair of Massachusetts’s Task Force on Demand and Director of Outreach at the "
                                + "Office of the Attorney General, spoke.",
                        "The MTFD Task Force worked with the Boston Alliance Against Exploitation and the "
                                + "Department of Public Health."));
    }
}
