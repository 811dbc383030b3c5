package org.demandatlas.parse;

import static org.demandatlas.parse.Fixtures.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.demandatlas.model.LineRole;
import org.junit.jupiter.api.Test;

class ParseContextTest {
    @Test
    void unclaimedLinesAreBlankOrReportedJunkNeverDropped() {
        ParseContext context = Fixtures.context("Hartford, CT", " ", "  leftover");
        context.role(1, LineRole.HEADER);
        assertEquals(List.of(LineRole.HEADER, LineRole.BLANK, LineRole.JUNK), context.finishRoles());
        assertEquals(List.of("t.txt:3:3: warning: line not understood; ignored"), problems(context));
    }

    @Test
    void problemsComeInFileOrder() {
        ParseContext context = Fixtures.context("a", "b");
        context.warn(2, 1, "second");
        context.error(1, 5, "first, later column");
        context.warn(1, 1, "first");
        context.warn(0, 0, "whole file");
        assertEquals(List.of("t.txt:0:0: warning: whole file", "t.txt:1:1: warning: first",
                "t.txt:1:5: error: first, later column", "t.txt:2:1: warning: second"), problems(context));
    }
}
