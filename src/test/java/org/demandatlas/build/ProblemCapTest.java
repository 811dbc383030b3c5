package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.junit.jupiter.api.Test;

class ProblemCapTest {
    @Test
    void aShortListIsKeptAsItIs() {
        List<Problem> problems = warnings(100);
        assertEquals(problems, ProblemCap.apply(problems));
    }

    @Test
    void theRestIsSummedUpWhereItStarts() {
        List<Problem> capped = ProblemCap.apply(warnings(250));

        assertEquals(101, capped.size());
        assertEquals("f.txt:101:1: warning: 150 more problems in this file are not listed (at most 100 per file are)",
                capped.get(100).format());
        assertEquals(ProblemKind.OMITTED, capped.get(100).kind());
    }

    @Test
    void anErrorLeftOutStillFailsTheBuild() {
        List<Problem> problems = new ArrayList<>(warnings(120));
        problems.add(Problem.error(ProblemKind.PARSE, "f.txt", 121, 1, "bad"));

        assertEquals("f.txt:101:1: error: 21 more problems in this file are not listed (at most 100 per file are)",
                ProblemCap.apply(problems).get(100).format());
    }

    private static List<Problem> warnings(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Problem.warning(ProblemKind.PARSE, "f.txt", i, 1, "w" + i)).toList();
    }
}
