package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HeaderLineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hartford, CT|Hartford|CT",
        "St. Petersburg, FL|St. Petersburg|FL",
        "Wilkes-Barre, PA|Wilkes-Barre|PA",
        "Espa\u00f1ola, NM|Espa\u00f1ola|NM",
        "Coeur d'Alene, ID|Coeur d'Alene|ID",
        "Polk County, FL|Polk County|FL",
        "Fair Haven, CT|Fair Haven|CT",
        "  Windsor  Locks,  CT  |Windsor Locks|CT",
        "Hartford, XX|Hartford|XX",
    })
    void readsNameAndCode(String line, String name, String code) {
        HeaderLine header = HeaderLine.find(line, 1).orElseThrow();
        assertEquals(name, header.name());
        assertEquals(code, header.code());
        assertEquals(name + ", " + code, header.display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"18-20 Trinity St., Hartford, CT 06106", "Hartford, ct", "Hartford CT", "Hartford, CTX",
        "Hartford, Connecticut", "123, CT", ", CT", "Tactics Used", "", "Hartford, C T"})
    void rejectsLinesThatAreNotHeaders(String line) {
        assertTrue(HeaderLine.find(line, 1).isEmpty(), line);
    }

    @Test
    void givesTheColumnsOfNameAndCode() {
        HeaderLine header = HeaderLine.find("  Hartford, XX", 3).orElseThrow();
        assertEquals(3, header.line());
        assertEquals(3, header.nameColumn());
        assertEquals(13, header.codeColumn());
    }

    @Test
    void longLineWithoutACommaIsRejectedQuickly() {
        String line = "a".repeat(100_000) + " CT";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertTrue(HeaderLine.find(line, 1).isEmpty()));
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertTrue(HeaderLine.find("a".repeat(100_000) + ", Ct", 1).isEmpty()));
    }
}
