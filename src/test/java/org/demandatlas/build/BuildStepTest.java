package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandatlas.fixtures.ProjectFiles;
import org.junit.jupiter.api.Test;

/** The named steps are the ones the docs name, in the same order; the switch is off unless set. */
class BuildStepTest {
    private static final List<String> IDS = Arrays.stream(BuildStep.values()).map(BuildStep::id).toList();

    @Test
    void theCrashSafetyTableListsEveryStepInOrder() throws IOException {
        String doc = Files.readString(ProjectFiles.basedir().resolve("docs/crash-safety.md"));
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| `([a-z-]+)` \\|").matcher(doc);
        List<String> listed = row.results().map(m -> m.group(2)).toList();

        assertEquals(IDS, listed);
    }

    @Test
    void theReadmeReliabilityParagraphNamesEveryStep() throws IOException {
        String readme = Files.readString(ProjectFiles.basedir().resolve("README.md"));
        String paragraph = readme.substring(readme.indexOf("**Reliability**"));
        String text = paragraph.substring(0, paragraph.indexOf("\n\n")).replace('\n', ' ');

        for (String id : IDS.stream().filter(id -> !id.startsWith("failed-report")).toList()) {
            assertTrue(text.matches("(?s).*[ (]" + id + "[,;)].*"), id);
        }
    }

    @Test
    void withoutTheSwitchReachingAStepDoesNothing() {
        for (BuildStep step : BuildStep.values()) {
            step.reached();
        }
        assertEquals("marker-removed", BuildStep.MARKER_REMOVED.id());
    }
}
