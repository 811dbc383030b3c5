package org.demandatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.demandatlas.ingest.TextIngester;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.SourceText;

/**
 * Any bytes through ingest and parse: never an exception, one role per line, problems well-formed and sorted.
 * {@code mvn test} replays the committed corpus in {@code IngestParseFuzzTestInputs/ingestAndParse}; to fuzz,
 * {@code JAZZER_FUZZ=1 mvn -q -B test -Dtest=IngestParseFuzzTest} (stops after {@code maxDuration}).
 */
class IngestParseFuzzTest {
    private static final String FILE = "seeds/fuzz.txt";
    private static final TextIngester INGESTER = new TextIngester();

    @FuzzTest(maxDuration = "3m")
    void ingestAndParse(byte[] bytes) {
        SourceText source = INGESTER.read(FILE, bytes);
        ParsedDocument parsed = Fixtures.PARSER.parse(source);
        assertEquals(source.lineCount(), parsed.lineRoles().size(), "one role per line");
        parsed.lineRoles().forEach(role -> assertNotNull(role, "every line has a role"));
        List<Problem> sorted = new ArrayList<>(parsed.problems());
        sorted.sort(Problem.ORDER);
        assertEquals(sorted, parsed.problems(), "problems in file order");
        for (Problem problem : parsed.problems()) {
            assertWellFormed(problem, source.lineCount());
        }
        assertTrue(parsed.document() != null || parsed.hasErrors(), "no document means an error says why");
    }

    private static void assertWellFormed(Problem problem, int lineCount) {
        assertEquals(FILE, problem.file());
        assertTrue(problem.line() >= 0 && (lineCount == 0 || problem.line() <= lineCount + 1), problem.format());
        assertTrue(problem.column() >= 0, problem.format());
        assertTrue(!problem.message().isBlank(), problem.format());
        assertTrue(problem.format().startsWith(FILE + ":" + problem.line() + ":" + problem.column() + ": "),
                problem.format());
    }
}
