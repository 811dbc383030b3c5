package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed build left behind is cleaned up by the next one; nothing that is not ours is touched. */
class LeftoversTest {
    @TempDir
    Path dir;

    @Test
    void theNextBuildDeletesStagingAndBackupFoldersOfAKilledOne() throws IOException {
        Path out = dir.resolve("site");
        SiteFolder.replace(out, staging -> site(staging, "v1"));
        Files.writeString(Files.createDirectory(dir.resolve("site.tmp-0123abcd")).resolve(Staging.MARKER), "");
        site(Files.createDirectory(dir.resolve("site.old-89abcdef")), "v0");

        SiteFolder.replace(out, staging -> site(staging, "v2"));

        assertEquals(List.of("site"), SiteFiles.names(dir));
        assertEquals("v2", Files.readString(out.resolve("version.txt")));
    }

    @Test
    void aStagingFolderIsKnownAsOursAtEveryStageOfItsLife() throws IOException {
        Files.createDirectory(dir.resolve("site.tmp-00000001"));
        Files.writeString(Files.createDirectory(dir.resolve("site.tmp-00000002")).resolve(Staging.MARKER), "");
        site(Files.createDirectory(dir.resolve("site.tmp-00000003")), "marker removed before the swap");
        Files.createDirectories(dir.resolve("site.tmp-00000004/ct/hartford"));

        Leftovers.recover(dir.resolve("site").toAbsolutePath());

        assertEquals(List.of(), SiteFiles.names(dir), "created, marked, marker removed, half deleted");
    }

    @Test
    void aBackupIsPutBackWhenTheBuildDiedBetweenTheTwoRenames() throws IOException {
        site(Files.createDirectory(dir.resolve("site.old-89abcdef")), "v1");

        Leftovers.recover(dir.resolve("site").toAbsolutePath());

        assertEquals(List.of("site"), SiteFiles.names(dir));
        assertEquals("v1", Files.readString(dir.resolve("site/version.txt")));
    }

    @Test
    void anEmptyBackupOfAnEmptySiteFolderIsPutBackToo() throws IOException {
        Files.createDirectory(dir.resolve("site.old-89abcdef"));

        Leftovers.recover(dir.resolve("site").toAbsolutePath());

        assertEquals(List.of("site"), SiteFiles.names(dir));
        assertEquals(List.of(), SiteFiles.names(dir.resolve("site")));
    }

    @Test
    void foldersThatOnlyLookLikeOursAreLeftAlone() throws IOException {
        Path out = dir.resolve("site");
        notes(Files.createDirectory(dir.resolve("site.tmp-0123abcd")));
        notes(Files.createDirectory(dir.resolve("site.old-89abcdef")));
        Files.writeString(Files.createDirectory(dir.resolve("site.tmp-notatoken")).resolve(Staging.MARKER), "");
        Files.writeString(Files.createDirectory(dir.resolve("site.tmp-0123ABCD")).resolve(Staging.MARKER), "");
        Files.writeString(Files.createDirectory(dir.resolve("other.tmp-0123abcd")).resolve(Staging.MARKER), "");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(Staging.MARKER), "");
        Files.createSymbolicLink(dir.resolve("site.tmp-fedcba98"), elsewhere);

        SiteFolder.replace(out, staging -> site(staging, "v1"));

        assertEquals(List.of("elsewhere", "other.tmp-0123abcd", "site", "site.old-89abcdef", "site.tmp-0123ABCD",
                "site.tmp-0123abcd", "site.tmp-fedcba98", "site.tmp-notatoken"), SiteFiles.names(dir));
        assertEquals(List.of(Staging.MARKER), SiteFiles.names(elsewhere));
    }

    private static void notes(Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "mine");
    }

    private static void site(Path folder, String version) throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve(SiteFolder.MARKER), "{}");
        Files.writeString(folder.resolve("version.txt"), version);
    }
}
