package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.demandatlas.build.BuildOptions;
import org.demandatlas.build.BuildProgress;
import org.demandatlas.build.BuildReport;
import org.demandatlas.build.BuildStatus;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SiteBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TimeGate and TimeMap of a real two-release site: the seeds (data date 2022-09), then the seeds with Windsor
 * Locks given the tactic Letters and a citation of 3 March 2023 (data date 2023-03-03), built over the first's
 * history; asked over HTTP.
 */
class MementoHandlerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    @TempDir
    static Path dir;
    private static SiteServer server;
    private static String first;

    @BeforeAll
    static void buildTwiceAndServe() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("atlas.basedir", "."), "seeds"))) {
            for (Path seed : files.toList()) {
                Files.copy(seed, seeds.resolve(seed.getFileName()));
            }
        }
        Path site = dir.resolve("site");
        build(seeds, site);
        first = JsonMapper.builder().build().readTree(site.resolve("data/releases.json").toFile())
                .get("releases").get(0).get("id").asString();
        Path windsorLocks = seeds.resolve("003_6da4c138ab00a1bb.txt");
        String heading = "Sex Trafficking and Child Sexual Exploitation in the Area:\n";
        Files.writeString(windsorLocks, Files.readString(windsorLocks, StandardCharsets.UTF_8)
                .replace("License Suspension\n", "Letters\nLicense Suspension\n")
                .replace(heading, heading + "\n  \u2022 \u201CWindsor Locks Stings Continue,\u201D Hartford Courant, "
                        + "March 3 2023.\n"), StandardCharsets.UTF_8);
        build(seeds, site);
        server = SiteServer.builder(site).port(0).start();
    }

    private static void build(Path seeds, Path site) {
        BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT)
                .run(new BuildOptions(seeds, site, null));
        assertEquals(BuildStatus.OK, report.status(), report.failure());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theTimeMapListsTheOriginalTheGateAndEachArchivedVersion() throws Exception {
        HttpResponse<String> map = get("/timemap/ct/windsor-locks/", null);
        assertEquals(200, map.statusCode());
        assertEquals("application/link-format", map.headers().firstValue("Content-Type").orElseThrow());
        String date = "Thu, 01 Sep 2022 00:00:00 GMT";
        assertEquals("</ct/windsor-locks/>; rel=\"original\",\n"
                + "</timegate/ct/windsor-locks/>; rel=\"timegate\",\n"
                + "</timemap/ct/windsor-locks/>; rel=\"self\"; type=\"application/link-format\"; from=\"" + date
                + "\"; until=\"" + date + "\",\n"
                + "</ct/windsor-locks/as-of-" + first + "/>; rel=\"first last memento\"; datetime=\"" + date + "\"\n",
                map.body());
        assertEquals(200, get("/ct/windsor-locks/as-of-" + first + "/", null).statusCode(), "the memento is there");
        assertTrue(get("/ct/windsor-locks/", null).headers().firstValue("Link").orElseThrow()
                .startsWith("</timegate/ct/windsor-locks/>; rel=\"timegate\", </timemap/ct/windsor-locks/>"));
    }

    @Test
    void theTimeGateSendsToTheVersionHeldAtTheDatetime() throws Exception {
        String archived = "/ct/windsor-locks/as-of-" + first + "/";
        assertGate(get("/timegate/ct/windsor-locks/", "Sun, 01 Jan 2023 00:00:00 GMT"), archived);
        assertGate(get("/timegate/ct/windsor-locks/", "Thu, 01 Sep 2022 00:00:00 GMT"), archived);
        assertGate(get("/timegate/ct/windsor-locks/", "Sat, 01 Jan 2000 00:00:00 GMT"), archived);
        assertGate(get("/timegate/ct/windsor-locks/", "Fri, 03 Mar 2023 00:00:00 GMT"), "/ct/windsor-locks/");
        assertGate(get("/timegate/ct/windsor-locks/", "Wed, 01 Jan 2025 12:00:00 GMT"), "/ct/windsor-locks/");
        assertGate(get("/timegate/ct/windsor-locks/", null), "/ct/windsor-locks/");
    }

    @Test
    void anUnchangedProfileHasNoMementoAndItsGateSendsToItsPage() throws Exception {
        HttpResponse<String> map = get("/timemap/ct/hartford/", null);
        assertEquals(200, map.statusCode());
        assertEquals(3, map.body().split(",\n").length, map.body());
        assertTrue(!map.body().contains("memento"), map.body());
        assertGate(get("/timegate/ct/hartford/", "Sat, 01 Jan 2000 00:00:00 GMT"), "/ct/hartford/");
    }

    @Test
    void badDatetimesUnknownProfilesAndOtherMethodsAreRefused() throws Exception {
        HttpResponse<String> bad = get("/timegate/ct/windsor-locks/", "yesterday");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("HTTP date"), bad.body());
        assertEquals(404, get("/timemap/ct/nowhere/", null).statusCode());
        assertEquals(404, get("/timegate/tactics/", null).statusCode());
        assertEquals(404, get("/timemap/ct/windsor-locks", null).statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/timegate/ct/hartford/"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    private static void assertGate(HttpResponse<String> answer, String location) {
        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals(location, answer.headers().firstValue("Location").orElseThrow());
        assertEquals("accept-datetime", answer.headers().firstValue("Vary").orElseThrow());
        assertTrue(answer.headers().firstValue("Link").orElseThrow().contains("rel=\"timemap\""));
    }

    private static HttpResponse<String> get(String path, String acceptDatetime) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path));
        if (acceptDatetime != null) {
            request.header("Accept-Datetime", acceptDatetime);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
