package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte budgets per page kind, on a site built from 200 generated profiles (modelled on the real exports): what
 * keeps 10,000 profiles near 30 KB each. A page kind that grows past its budget fails here, not at scale.
 */
class PageBudgetTest {
    private static final int PROFILES = 200;
    private static final Map<String, List<Long>> SIZES = new TreeMap<>();
    private static final Set<String> SOURCE_FOLDERS = new TreeSet<>();

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path site = dir.resolve("site");
        assertEquals(0, CommandRun.of("generate", Integer.toString(PROFILES), corpus.toString()).exitCode());
        CommandRun build = CommandRun.of("build", "--seeds", corpus.toString(), "--out", site.toString());
        assertEquals(0, build.exitCode(), build.err());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path relative = site.relativize(file);
                SIZES.computeIfAbsent(kind(relative), k -> new ArrayList<>()).add(Files.size(file));
                if (relative.getName(0).toString().equals("sources") && relative.getNameCount() > 2) {
                    SOURCE_FOLDERS.add(relative.getName(1).toString());
                }
            }
        }
        SIZES.values().forEach(list -> list.sort(Long::compare));
    }

    private static String kind(Path relative) {
        String top = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        if (top.matches("[a-z]{2}") && relative.getNameCount() == 3) {
            return "profile " + name;
        }
        return relative.getNameCount() == 1 ? name : top + " " + (name.endsWith(".html") ? "page" : "file");
    }

    private static long median(String kind) {
        List<Long> sizes = SIZES.getOrDefault(kind, List.of());
        assertTrue(!sizes.isEmpty(), "no " + kind + " in " + SIZES.keySet());
        return sizes.get(sizes.size() / 2);
    }

    private static long largest(String kind) {
        List<Long> sizes = SIZES.getOrDefault(kind, List.of());
        assertTrue(!sizes.isEmpty(), "no " + kind + " in " + SIZES.keySet());
        return sizes.get(sizes.size() - 1);
    }

    // Budgets as measured after the trust, search, release and compare work (a typical profile 19.9 KB → 23.9 KB,
    // document pages listing every seed line 16.5 KB), then trimmed (issue 13): profile 23.2 KB, document 13.5 KB.
    // Issue 13's 20 KB aim for a profile is not met yet (docs/scale.md).
    @Test
    void aTypicalProfilePageIsAtMost25Kilobytes() {
        assertEquals(PROFILES, SIZES.get("profile index.html").size());
        assertTrue(median("profile index.html") <= 24 * 1024, "median " + median("profile index.html"));
        assertTrue(largest("profile index.html") <= 40 * 1024, "largest " + largest("profile index.html"));
        assertTrue(median("profile index.json") <= 10 * 1024, "median " + median("profile index.json"));
    }

    @Test
    void aLegacyRedirectIsAtMostOneKilobyte() {
        assertEquals(PROFILES, SIZES.get("site page").size());
        assertTrue(largest("site page") <= 1024, "largest " + largest("site page"));
    }

    @Test
    void documentAndSourcesPagesStayWithinTheirBudgets() {
        assertTrue(median("documents page") <= 15 * 1024, "median " + median("documents page"));
        // 500 citations a page, one order (by date): no other order's folder
        assertTrue(largest("sources page") <= 200 * 1024, "largest " + largest("sources page"));
        assertTrue(SOURCE_FOLDERS.stream().noneMatch(f -> f.startsWith("by-")), SOURCE_FOLDERS.toString());
    }

    @Test
    void theQualityReportIsPagedWithinItsBudget() {
        // 500 findings a page (about 1,500 findings for 200 profiles): one page of every finding was 540 KB here
        assertTrue(SIZES.get("quality page").size() >= 2, "pages " + SIZES.get("quality page").size());
        assertTrue(largest("quality page") <= 200 * 1024, "largest " + largest("quality page"));
    }
}
