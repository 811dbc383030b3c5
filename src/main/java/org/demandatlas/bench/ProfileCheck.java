package org.demandatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.generate.SyntheticProfile;
import org.demandatlas.routes.OutputFormat;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.JsonMappers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Did the build read every generated profile right? Each profile's page must exist and its JSON must list as many
 * tactics as the generator put in the file; the first few misses are named.
 */
record ProfileCheck(int checked, int missing, int wrongTacticCount, List<String> examples) {
    private static final int EXAMPLES = 5;

    static ProfileCheck of(CorpusGenerator generator, long seed, int count, Path site) throws IOException {
        JsonMapper json = JsonMappers.plain();
        int missing = 0;
        int wrong = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            SyntheticProfile profile = generator.describe(seed, i);
            Path file = site.resolve(Routes.file(Routes.output(Routes.jurisdiction(profile.id()), OutputFormat.JSON)));
            if (!Files.isRegularFile(file)) {
                missing++;
                note(examples, profile.fileName() + ": no page " + file);
                continue;
            }
            JsonNode tactics = json.readTree(file.toFile()).path("tactics");
            if (tactics.size() != profile.tacticIds().size()) {
                wrong++;
                note(examples, profile.fileName() + ": " + tactics.size() + " tactics read, "
                        + profile.tacticIds().size() + " written");
            }
        }
        return new ProfileCheck(count, missing, wrong, List.copyOf(examples));
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }

    boolean ok() {
        return missing == 0 && wrongTacticCount == 0;
    }
}
