package org.demandatlas.cli;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /** {@code count} distinct tactics the taxonomy does not know, one per line. */
    static String withUnknownTactics(int count) {
        return profile("Avon, CT", IntStream.range(0, count).mapToObj(i -> "Unknown tactic " + i).toList(),
                "Avon arrests buyers.", "Avon Police", "Connecticut", "1000");
    }

    /** {@code count} distinct partners. */
    static String withPartners(int count) {
        return profile("Avon, CT", List.of("Reverse stings"), "Avon arrests buyers.", String.join("\n  \u2022 ",
                IntStream.range(0, count).mapToObj(i -> "Partner organisation " + i).toList()), "Connecticut",
                "1000");
    }

    /** {@code count} dated citations under one Key Sources heading. */
    static String withCitations(int count) {
        String citations = IntStream.range(0, count).mapToObj(i -> "  \u2022 \u201CPolice Arrest " + i
                + " Buyers,\u201D Avon Herald, June 27 " + (1990 + i % 30) + ".").collect(Collectors.joining("\n"));
        return withTacticLines(1).replace("Key Sources\n\n", "Key Sources\n\nSex Buyer Arrests:\n\n" + citations
                + "\n\n");
    }

    static String withNarrative(String narrative) {
        return profile("Avon, CT", List.of("Reverse stings"), narrative, "Avon Police", "Connecticut", "1000");
    }
}
