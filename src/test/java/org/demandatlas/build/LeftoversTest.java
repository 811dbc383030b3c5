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
        Files.writeString(Files.createDirectory(dir.resolve("site.tmp-0123abcd")).resolve(Leftovers.STAGING_MARKER),
                "");
        site(Files.createDirectory(dir.resolve("site.old-89abcdef")), "v0");

        SiteFolder.replace(out, staging -> site(staging, "v2"));

        assertEquals(List.of("site"), SiteFiles.names(dir));
        assertEquals("v2", Files.readString(out.resolve("version.txt")));
    }

    @Test
    void aBackupIsPutBackWhenTheBuildDiedBetweenTheTwoRenames() throws IOException {
        site(Files.createDirectory(dir.resolve("site.old-89abcdef")), "v1");

        Leftovers.recover(dir.resolve("site").toAbsolutePath());

        assertEquals(List.of("site"), SiteFiles.names(dir));
        assertEquals("v1", Files.readString(dir.resolve("site/version.txt")));
    }

    @Test
    void foldersThatOnlyLookLikeOursAreLeftAlone() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectory(dir.resolve("site.tmp-0123abcd"));
        Files.createDirectory(dir.resolve("site.old-89abcdef"));
        Files.writeString(Files.createDirectory(dir.resolve("site.tmp-notatoken")).resolve(Leftovers.STAGING_MARKER),
                "");
        Files.writeString(Files.createDirectory(dir.resolve("other.tmp-0123abcd")).resolve(Leftovers.STAGING_MARKER),
                "");

        SiteFolder.replace(out, staging -> site(staging, "v1"));

        assertEquals(List.of("other.tmp-0123abcd", "site", "site.old-89abcdef", "site.tmp-0123abcd",
                "site.tmp-notatoken"), SiteFiles.names(dir));
    }

    private static void site(Path folder, String version) throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve(SiteFolder.MARKER), "{}");
        Files.writeString(folder.resolve("version.txt"), version);
    }
}
