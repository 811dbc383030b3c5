package org.demandatlas.parse;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.SourceText;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;

/** Reference data, a shared parser and small builders of inputs for the parser tests. */
final class Fixtures {
    static final String FILE = "t.txt";
    static final Taxonomy TAXONOMY = ReferenceData.loadTaxonomy();
    static final States STATES = ReferenceData.loadStates();
    static final DocumentParser PARSER = new DocumentParser(TAXONOMY, STATES);
    private static final String SHA = "0".repeat(64);

    private Fixtures() {
    }

    /** Lines as ingest would give them, without going through ingest. */
    static SourceText source(String... lines) {
        return new SourceText(FILE, SHA, "UTF-8", List.of(lines), List.of());
    }

    static ParseContext context(String... lines) {
        return new ParseContext(source(lines));
    }

    /** Text through ingest and the parser, as the build does. */
    static ParsedDocument parse(String text) {
        return PARSER.parse(new TextIngester().read(FILE, text.getBytes(StandardCharsets.UTF_8)));
    }

    static ParsedDocument parseLines(String... lines) {
        return parse(String.join("\n", lines));
    }

    /** A small valid profile of Hartford, CT with the given lines between the tactics and Key Partners. */
    static String profile(String... narrative) {
        return "Hartford, CT\n\nTactics Used\n\nReverse stings\n\n" + String.join("\n", narrative)
                + "\n\nKey Partners\n\n  \u2022 Hartford Police Department\n\nKey Sources\n\n"
                + "State Connecticut\nType City\nPopulation 124563\nComments are closed.";
    }

    static List<String> problems(ParsedDocument parsed) {
        return parsed.problems().stream().map(Problem::format).toList();
    }

    static List<String> problems(ParseContext context) {
        return context.finishProblems().stream().map(Problem::format).toList();
    }

    static Map<LineRole, Integer> roleCounts(List<LineRole> roles) {
        Map<LineRole, Integer> counts = new EnumMap<>(LineRole.class);
        roles.forEach(role -> counts.merge(role, 1, Integer::sum));
        return counts;
    }
}
