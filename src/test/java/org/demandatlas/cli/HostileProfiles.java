package org.demandatlas.cli;

import java.util.Collections;
import java.util.List;

/** Profile texts for the hostile-input tests: a small valid profile with each part replaceable. */
final class HostileProfiles {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    private HostileProfiles() {
    }

    /** A valid profile: header, one or more tactics, narrative, one partner, the closing facts. */
    static String profile(String header, List<String> tactics, String narrative, String partner, String state,
                          String population) {
        return header + "\n\nTactics Used\n\n" + String.join("\n", tactics) + "\n\n" + narrative
                + "\n\nKey Partners\n\n  \u2022 " + partner + "\n\nKey Sources\n\nState " + state + "\nType City\n"
                + "Population " + population + "\n";
    }

    static String profile(String header, String state) {
        return profile(header, List.of("Reverse stings"), "The city has long addressed demand for commercial sex.",
                "City Police Department", state, "1000");
    }

    static String withPartner(String partner) {
        return profile("Avon, CT", List.of("Reverse stings"), "Avon arrests buyers.", partner, "Connecticut",
                "1000");
    }

    static String withPopulation(String population) {
        return profile("Avon, CT", List.of("Reverse stings"), "Avon arrests buyers.", "Avon Police",
                "Connecticut", population);
    }

    static String withTacticLines(int count) {
        return profile("Avon, CT", Collections.nCopies(count, "Reverse stings"), "Avon arrests buyers.",
                "Avon Police", "Connecticut", "1000");
    }

    static String withNarrative(String narrative) {
        return profile("Avon, CT", List.of("Reverse stings"), narrative, "Avon Police", "Connecticut", "1000");
    }
}
