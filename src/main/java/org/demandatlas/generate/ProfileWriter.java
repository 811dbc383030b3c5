package org.demandatlas.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic profile in the conventions of the real seed exports: sections separated by one blank line
 * ({@code \n\n}), LF line ends, {@code   • } bullets, categories ending in {@code :}, and the trailer
 * {@code State … / Type … / Population … / [Location] / Comments are closed.} with no final line break.
 */
final class ProfileWriter {
    static final String TACTICS_HEADING = "Tactics Used";
    static final String PARTNERS_HEADING = "Key Partners";
    static final String SOURCES_HEADING = "Key Sources";
    static final String CLOSING = "Comments are closed.";
    static final String BULLET = "  \u2022 ";
    private static final String BLANK_LINE = "\n\n";

    private ProfileWriter() {
    }

    static String write(SyntheticProfile profile) {
        List<String> blocks = new ArrayList<>();
        blocks.add(profile.place().header());
        blocks.add(TACTICS_HEADING);
        blocks.add(String.join("\n", profile.tactics().lines()));
        blocks.addAll(profile.narrative());
        if (profile.layout().blankBeforeSections()) {
            blocks.set(blocks.size() - 1, blocks.getLast() + "\n");
        }
        addPartners(blocks, profile);
        addSources(blocks, profile);
        blocks.add(trailer(profile));
        return String.join(BLANK_LINE, blocks);
    }

    private static void addPartners(List<String> blocks, SyntheticProfile profile) {
        if (!profile.partners().isEmpty() || profile.layout().partnersHeading()) {
            blocks.add(PARTNERS_HEADING);
        }
        if (!profile.partners().isEmpty()) {
            blocks.add(String.join("\n", profile.partners().stream().map(name -> BULLET + name).toList()));
        }
    }

    private static void addSources(List<String> blocks, SyntheticProfile profile) {
        if (!profile.sources().isEmpty() || profile.layout().sourcesHeading()) {
            blocks.add(SOURCES_HEADING);
        }
        for (SourceSection section : profile.sources()) {
            blocks.add(section.category() + ":");
            if (!section.citations().isEmpty()) {
                blocks.add(String.join("\n", section.citations()));
            }
        }
    }

    private static String trailer(SyntheticProfile profile) {
        PlaceName place = profile.place();
        String type = place.type().id();
        List<String> lines = new ArrayList<>(List.of("State " + place.state().name(),
                "Type " + Character.toUpperCase(type.charAt(0)) + type.substring(1),
                "Population " + profile.population()));
        if (profile.layout().location()) {
            lines.add("Location");
        }
        lines.add(CLOSING);
        return String.join("\n", lines);
    }
}
