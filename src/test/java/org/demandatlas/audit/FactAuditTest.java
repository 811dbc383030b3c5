package org.demandatlas.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.model.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The audit of class "not one wrong fact": every fact the atlas states, for every seed, with the seed file:line it
 * comes from, checked against that line by the audit's own reading. The ledger is written to
 * {@code target/fact-audit.txt} for a reviewer to read.
 */
class FactAuditTest {
    @Test
    void everyFactOfEverySeedHasASourceLineThatSaysIt() throws IOException {
        List<Fact> facts = AuditedInput.seeds().audit();
        Path ledger = ProjectFiles.basedir().resolve("target/fact-audit.txt");
        Files.createDirectories(ledger.getParent());
        Files.writeString(ledger, facts.stream().map(Fact::toString).collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.UTF_8);
        List<String> wrong = facts.stream().filter(f -> !f.ok()).map(Fact::toString).toList();
        assertEquals(List.of(), wrong, "facts without a source line that says them (ledger: " + ledger + ")");
        Map<String, Long> perFile = facts.stream().collect(Collectors.groupingBy(Fact::file, TreeMap::new,
                Collectors.counting()));
        System.out.println("fact audit: " + facts.size() + " facts " + perFile);
        assertEquals(5, perFile.keySet().stream().filter(f -> f.startsWith("seeds/")).count(), perFile.toString());
    }

    @Test
    void everyKindOfFactIsAudited() {
        Map<String, Long> kinds = AuditedInput.seeds().audit().stream()
                .collect(Collectors.groupingBy(Fact::kind, TreeMap::new, Collectors.counting()));
        assertTrue(kinds.keySet().containsAll(List.of("name", "state", "type", "population", "tactic-listed",
                "mark-listed", "mark-described", "mark-cited", "partner", "source-heading", "citation-title",
                "citation-publisher", "citation-date", "document-title", "document-date", "event", "statute",
                "data-date")), kinds.toString());
        assertEquals(16, kinds.get("citation-title"), "Waterbury's 16 citations");
    }

    @Test
    void aFactWhoseLineSaysSomethingElseFails() {
        AuditedInput seeds = AuditedInput.seeds();
        Map<String, SourceText> altered = new LinkedHashMap<>(seeds.texts());
        SourceText hartford = altered.get("seeds/000_23610c0101512601.txt");
        List<String> lines = new java.util.ArrayList<>(hartford.lines());
        lines.set(33, "  • AIDS Project Springfield");
        lines.set(40, "Population 99");
        altered.put(hartford.file(), new SourceText(hartford.file(), hartford.sha256(), hartford.encoding(), lines,
                hartford.problems()));
        List<String> wrong = FactLedger.audit(seeds.result().atlas(), new SourceLines(altered), seeds.roles())
                .stream().filter(f -> !f.ok()).map(f -> f.kind() + " " + f.value()).toList();
        assertEquals(List.of("population Population 124563", "partner AIDS Project Hartford"), wrong);
    }

    @Test
    void madeUpProfileAndArticleAuditClean() {
        AuditedInput input = AuditedInput.ofTexts(Map.of("in/a.txt", """
                Springfield, MA

                Tactics Used

                ● Reverse stings
                ◦ John school

                In March 2015 the Springfield Police Department held a reverse sting; 14 men were arrested.
                The city opened a john school in 2018. From 2019 to 2021 it ran web stings.
                Between January and March 2022 police arrested six buyers. Names are to be published by 2024.

                Key Partners

                * Springfield Police Department

                Key Sources

                Reverse Stings:

                  • "Police Hold Sting," Springfield Republican, March 4 2015.

                State Massachusetts
                Type City
                Population 155929
                """, "in/b.txt", """
                Understanding Prostitution in Pittsfield: A Guide

                Is prostitution legal in Pittsfield?

                No, prostitution is illegal throughout Massachusetts, including Pittsfield.
                """));
        List<String> wrong = input.audit().stream().filter(f -> !f.ok()).map(Fact::toString).toList();
        assertEquals(List.of(), wrong);
        assertTrue(input.audit().stream().anyMatch(f -> f.kind().equals("type") && f.subject().equals(
                "ma/pittsfield") && f.value().equals(Fact.NOT_STATED)));
        List<String> events = input.audit().stream().filter(f -> f.kind().equals("event"))
                .map(f -> f.value().substring(0, f.value().indexOf(" ["))).toList();
        assertEquals(List.of("2015-03 month", "2018 year", "2019 year to 2021 year",
                "2022-01 month to 2022-03 month", "2024 year as 'by'"), events);
    }

    @Test
    void aSentenceOfAWrappedParagraphNamesTheLineItStartsOn() {
        AuditedInput input = AuditedInput.ofTexts(Map.of("in/c.txt", """
                CONTACT: Jo Doe, 555-0100

                FOR IMMEDIATE RELEASE March 3, 2019

                SPRINGFIELD – The Massachusetts council met today about buying sex. In May 2018 the
                police held a reverse sting. Six buyers were arrested. Later, in June
                2018, their names were published.
                """));
        List<String> wrong = input.audit().stream().filter(f -> !f.ok()).map(Fact::toString).toList();
        assertEquals(List.of(), wrong, input.parsed().toString());
        List<String> events = input.result().atlas().timeline().stream()
                .map(e -> e.line() + " " + e.date()).toList();
        assertEquals(List.of("5 2018-05", "6 2018-06", "3 2019-03-03", "5 2019-03-03"), events);
    }
}
