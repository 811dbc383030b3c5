package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFolderTest {
    @TempDir
    Path dir;

    @Test
    void replacesThePreviousSiteAndLeavesNoStagingOrBackupBehind() throws IOException {
        Path out = dir.resolve("site");
        SiteFolder.replace(out, staging -> Files.writeString(staging.resolve("old.txt"), "old"));

        SiteFolder.replace(out, staging -> Files.writeString(staging.resolve("new.txt"), "new"));

        assertEquals(List.of("new.txt"), SiteFiles.list(out));
        assertEquals(List.of("site"), SiteFiles.names(dir));
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path out = dir.resolve("site");
        SiteFolder.replace(out, staging -> Files.writeString(staging.resolve("old.txt"), "old"));

        IOException failure = assertThrows(IOException.class, () -> SiteFolder.replace(out, staging -> {
            Files.writeString(staging.resolve("half.txt"), "half");
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals(List.of("old.txt"), SiteFiles.list(out));
        assertEquals("old", Files.readString(out.resolve("old.txt")));
        assertEquals(List.of("site"), SiteFiles.names(dir));
    }

    @Test
    void stagesBesideTheOutputFolder() throws IOException {
        Path out = dir.resolve("site");
        List<Path> seen = new java.util.ArrayList<>();

        SiteFolder.replace(out, seen::add);

        assertEquals(dir, seen.get(0).getParent());
        assertTrue(seen.get(0).getFileName().toString().startsWith("site.tmp-"));
    }

    @Test
    void theStagingMarkerIsGoneBeforeTheSiteIsPublished() throws IOException {
        Path out = dir.resolve("site");
        SiteFolder.replace(out, staging -> {
            assertTrue(Files.isRegularFile(staging.resolve(Staging.MARKER)), "marked while written");
            Files.createDirectories(staging.resolve("data"));
            Files.writeString(staging.resolve(SiteFolder.MARKER), "{}");
        });

        assertEquals(List.of(SiteFolder.MARKER), SiteFiles.list(out));
    }

    @Test
    void aTreeIsDeletedWithItsMarkersLastAndItsFoldersDeepestFirst() throws IOException {
        Path root = Files.createDirectory(dir.resolve("site.tmp-0123abcd"));
        Files.writeString(Files.createDirectory(root.resolve("data")).resolve("all.json"), "{}");
        Files.writeString(root.resolve("data/z.csv"), "");
        Files.writeString(root.resolve(Staging.MARKER), "");
        Files.writeString(Files.createDirectories(root.resolve("ct/hartford")).resolve("index.html"), "");

        List<String> order = Staging.deletionOrder(root).stream()
                .map(p -> root.relativize(p).toString()).toList();

        assertEquals(List.of("ct/hartford/index.html", "data/z.csv"), order.subList(0, 2).stream().sorted().toList());
        assertEquals(List.of(Staging.MARKER, SiteFolder.MARKER), order.subList(2, 4).stream().sorted().toList());
        assertEquals("", order.getLast(), "the root last");
        assertTrue(order.indexOf("ct/hartford") < order.indexOf("ct"), order.toString());
        Staging.deleteTree(root);
        assertEquals(List.of(), SiteFiles.names(dir));
    }

    @Test
    void filesPlacedBesideTheSiteReplaceOlderOnesAndLeaveTheSiteAlone() throws IOException {
        Path out = dir.resolve("site");
        SiteFolder.replace(out, staging -> Files.writeString(staging.resolve("old.txt"), "old"));
        Path report = dir.resolve("site.report.json");
        Files.writeString(report, "stale");

        SiteFolder.placeBeside(out, Map.of(report, "new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(report));
        assertEquals(List.of("site", "site.report.json"), SiteFiles.names(dir));
        assertEquals(List.of("old.txt"), SiteFiles.list(out));
    }

    @Test
    void refusesFilesAndForeignFoldersButAcceptsEmptyOnesAndSites() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Path foreign = Files.createDirectories(dir.resolve("foreign/docs"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path site = Files.createDirectories(dir.resolve("site/data"));
        Files.writeString(site.resolve("all.json"), "{}");

        assertEquals(DisplayPaths.of(file) + " is a file (expected a folder for the site)", SiteFolder.refusal(file));
        assertEquals("refusing to replace " + DisplayPaths.of(foreign.getParent()) + ": it is not a Demand Atlas "
                + "site (expected an empty folder or one holding data/all.json)",
                SiteFolder.refusal(foreign.getParent()));
        assertEquals(null, SiteFolder.refusal(empty));
        assertEquals(null, SiteFolder.refusal(site.getParent()));
        assertEquals(null, SiteFolder.refusal(dir.resolve("new")));
    }
}
