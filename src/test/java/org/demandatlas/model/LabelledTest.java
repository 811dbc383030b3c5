package org.demandatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledTest {
    private static final List<Class<? extends Labelled>> ENUMS = List.of(DocumentKind.class, EvidenceLevel.class,
            QualityKind.class, DatePrecision.class, BlockKind.class, ProblemKind.class);

    @Test
    void idsAreUniqueSlugsAndLabelsAreWords() {
        for (Class<? extends Labelled> type : ENUMS) {
            Set<String> ids = new HashSet<>();
            for (Labelled value : type.getEnumConstants()) {
                assertTrue(Slugs.isSlug(value.id()), type.getSimpleName() + " id " + value.id());
                assertTrue(ids.add(value.id()), type.getSimpleName() + " repeats " + value.id());
                assertFalse(value.label().isBlank(), type.getSimpleName() + " " + value.id() + " has no label");
            }
        }
    }

    @Test
    void findsAndRequiresById() {
        assertEquals(Optional.of(EvidenceLevel.CORROBORATED), Labelled.find(EvidenceLevel.class, "corroborated"));
        assertEquals(Optional.empty(), Labelled.find(EvidenceLevel.class, "CORROBORATED"));
        assertEquals(DatePrecision.DECADE, Labelled.require(DatePrecision.class, "decade", "date precision"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Labelled.require(DocumentKind.class, "memo", "document kind"));
        assertEquals("unknown document kind memo", e.getMessage());
    }
}
