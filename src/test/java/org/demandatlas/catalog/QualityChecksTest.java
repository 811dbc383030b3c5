package org.demandatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.fixtures.SampleAtlas;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityKind;
import org.junit.jupiter.api.Test;

/** The quality report sorts parser warnings by their kind, whatever their words. */
class QualityChecksTest {
    private static final Atlas ATLAS = SampleAtlas.atlas();

    private static QualityKind kindOf(Problem warning) {
        return QualityChecks.of(ATLAS, List.of(warning)).items().stream().filter(i -> i.line() == warning.line())
                .map(QualityItem::kind).findFirst().orElseThrow();
    }

    @Test
    void aRepeatIsADuplicateHoweverItIsWorded() {
        assertEquals(QualityKind.DUPLICATE, kindOf(Problem.warning(ProblemKind.DUPLICATE, "seeds/000_hartford.txt",
                40, 1, "this partner was named before (first at line 30)")));
        assertEquals(QualityKind.PARSER_WARNING, kindOf(Problem.warning(ProblemKind.PARSE, "seeds/000_hartford.txt",
                41, 1, "duplicate-looking words that are no repeat")));
    }

    @Test
    void errorsAreNotCuratorFindings() {
        assertEquals(List.of(), QualityChecks.of(ATLAS, List.of(Problem.error(ProblemKind.PARSE,
                "seeds/000_hartford.txt", 42, 1, "broken"))).items().stream().filter(i -> i.line() == 42).toList());
    }
}
