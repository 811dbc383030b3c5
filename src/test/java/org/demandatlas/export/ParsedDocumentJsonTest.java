package org.demandatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.demandatlas.fixtures.Fixtures;
import org.demandatlas.model.LineRole;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.junit.jupiter.api.Test;

class ParsedDocumentJsonTest {
    @Test
    void printsFileDocumentJurisdictionAndProblems() {
        ParsedDocument release = Fixtures.pressReleaseFile("seeds/004.txt", Fixtures.CT, "2017-01-11");
        ParsedDocument unreadable = new ParsedDocument("seeds/bad.txt", null, null, List.of(LineRole.JUNK),
                List.of(Problem.warning(ProblemKind.PARSE, "seeds/bad.txt", 3, 7, "odd \"quote\"")));

        assertEquals("""
                [
                  {
                    "file": "seeds/004.txt",
                    "document": {
                      "id": "ct-press-release",
                      "kind": "press-release",
                      "curated": false,
                      "classification": "test fixture",
                      "file": "seeds/004.txt",
                      "sha256": "%s",
                      "title": "Title of ct-press-release",
                      "jurisdiction": "ct",
                      "date": "2017-01-11",
                      "url": "/documents/ct-press-release/",
                      "body": [
                        {
                          "kind": "paragraph",
                          "text": "Body of ct-press-release."
                        }
                      ]
                    },
                    "jurisdiction": null,
                    "problems": []
                  },
                  {
                    "file": "seeds/bad.txt",
                    "document": null,
                    "jurisdiction": null,
                    "problems": [
                      {
                        "file": "seeds/bad.txt",
                        "line": 3,
                        "column": 7,
                        "severity": "warning",
                        "message": "odd \\"quote\\""
                      }
                    ]
                  }
                ]
                """.formatted(Fixtures.SHA), new String(ParsedDocumentJson.toBytes(List.of(release, unreadable)),
                StandardCharsets.UTF_8));
    }
}
