package org.demandatlas.cli;

import static org.demandatlas.cli.HostileProfiles.IMG;
import static org.demandatlas.cli.HostileProfiles.SCRIPT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile seed files end to end through {@code build}, next to a real seed (Hartford): each gives exactly the
 * expected {@code file:line:col} lines on stderr (no stack trace), writes nothing outside the output folder, and
 * either keeps the previous site byte for byte (errors) or builds every page with the payload shown as text.
 */
class HostileInputsTest {
    private static final Path HARTFORD = Path.of(System.getProperty("atlas.basedir", "."), "seeds",
            "000_23610c0101512601.txt");
    @TempDir
    static Path shared;
    private static Map<String, byte[]> previousSite;

    /**
     * A hostile file, the exit code it must give, the problems it must print (with the seeds folder left out), and
     * when it is accepted a page that must exist and a text its main content must show (as text).
     */
    record Case(String name, String file, byte[] bytes, int exitCode, List<String> problems, String page,
                String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        byte[] invalid = utf8(HostileProfiles.withNarrative("Caf\u00e9 X arrests."));
        invalid[new String(invalid, StandardCharsets.ISO_8859_1).indexOf(" X ") + 1] = (byte) 0xff;
        return Stream.of(
                error("empty", "", "h.txt:0:0: error: file is empty (expected a profile, article or press release)"),
                error("whitespace only", " \n\t\n  \n", "h.txt:0:0: error: file has only white space (expected a "
                        + "profile, article or press release)"),
                new Case("binary junk", "h.txt", junk, 1, List.of("h.txt:1:41: error: file is binary, not text: NUL "
                        + "byte (expected UTF-8 or Windows-1252 text)"), null, null),
                error("NUL bytes", "Avon, CT\n\0\0\n", "h.txt:2:1: error: file is binary, not text: NUL byte "
                        + "(expected UTF-8 or Windows-1252 text)"),
                new Case("invalid UTF-8", "h.txt", invalid, 0, List.of("h.txt:7:6: warning: not valid UTF-8; read as "
                        + "Windows-1252", "h.txt:11:3: warning: partner without bullet"), "ct/avon/index.html", "Caf\u00c3\u00a9 \u00ff arrests."),
                ok("script in the name", HostileProfiles.profile(SCRIPT + ", CT", "Connecticut"), "h.txt:1:1: warning: "
                        + "unusual character '<' in name '" + SCRIPT + "' (expected letters, digits, spaces and . - ' "
                        + "\u2019 ( ) &)", null, SCRIPT),
                ok("img in a partner", HostileProfiles.withPartner(IMG), null, null, IMG),
                ok("traversal in the name", HostileProfiles.profile("../../etc/passwd, CT", "Connecticut"),
                        "h.txt:1:3: warning: unusual character '/' in name '../../etc/passwd' (expected letters, "
                                + "digits, spaces and . - ' \u2019 ( ) &)", null, "../../etc/passwd"),
                ok("Windows reserved name", HostileProfiles.profile("CON, NV", "Nevada"), null, "nv/con/index.html",
                        "CON"),
                error("duplicate of Hartford", HostileProfiles.profile("Hartford, CT", "Connecticut"), "h.txt:1:1: "
                        + "error: jurisdiction ct/hartford is already defined by 000_23610c0101512601.txt (expected "
                        + "one profile per jurisdiction)"),
                error("population -5", HostileProfiles.withPopulation("-5"), "h.txt:17:12: error: population '-5' is "
                        + "not a whole number (expected digits such as 124563)"),
                error("population abc", HostileProfiles.withPopulation("abc"), "h.txt:17:12: error: population 'abc' "
                        + "is not a whole number (expected digits such as 124563)"),
                error("state XX", HostileProfiles.profile("Avon, XX", "Connecticut"), "h.txt:1:7: error: unknown state "
                        + "code 'XX' (expected a two-letter U.S. state code such as CT)"),
                new Case("spaces and non-ASCII in the file name", "Ca\u00f1on City profile.txt",
                        utf8(HostileProfiles.profile("Ca\u00f1on City, CO", "Colorado")), 0, List.of(),
                        "co/canon-city/index.html", "Ca\u00f1on City"));
    }

    private static Case error(String name, String text, String problem) {
        return new Case(name, "h.txt", utf8(text), 1, List.of(problem), null, null);
    }

    private static Case ok(String name, String text, String problem, String page, String shown) {
        return new Case(name, "h.txt", utf8(text), 0, problem == null ? List.of() : List.of(problem), page, shown);
    }

    @BeforeAll
    static void previousSite() throws IOException, NoSuchAlgorithmException {
        Path seeds = Files.createDirectories(shared.resolve("seeds"));
        Files.copy(HARTFORD, seeds.resolve(HARTFORD.getFileName()));
        assertEquals(0, CommandRun.of("build", "--seeds", seeds.toString(), "--out", shared.resolve("site")
                .toString()).exitCode());
        previousSite = files(shared.resolve("site"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildReportsOrAcceptsSafely(Case hostile, @TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(HARTFORD, seeds.resolve(HARTFORD.getFileName()));
        Files.write(seeds.resolve(hostile.file()), hostile.bytes());
        Path site = dir.resolve("site");
        copy(previousSite, site);

        CommandRun run = CommandRun.of("build", "--seeds", seeds.toString(), "--out", site.toString());

        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        List<String> lines = run.err().replace(seeds + "/", "").lines().toList();
        if (hostile.exitCode() != 0) {
            assertEquals(hostile.problems(), lines.subList(0, lines.size() - 1));
            assertTrue(lines.getLast().startsWith("build: "), lines.getLast());
            assertEquals(hostile.exitCode(), run.exitCode(), run.err());
            assertTrue(same(previousSite, files(site)), "the previous site is untouched");
            assertEquals(List.of("seeds", "site", "site.failed-build-report.html", "site.failed-build-report.json"),
                    names(dir), "only the report written beside the site");
            return;
        }
        assertEquals(hostile.problems(), lines);
        assertEquals(List.of("seeds", "site"), names(dir), "nothing written outside the output folder");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("ct/hartford/index.html")), "the other file's page is built");
        assertSafePages(site);
        if (hostile.page() != null) {
            assertTrue(Files.isRegularFile(site.resolve(hostile.page())), hostile.page());
        }
        assertShownAsText(site, hostile.page(), hostile.text());
    }

    /** The text appears in the main content of the given page (or of some page), as text. */
    private static void assertShownAsText(Path site, String page, String text) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = page != null ? List.of(site.resolve(page))
                    : files.filter(f -> f.toString().endsWith(".html")).toList();
            boolean shown = false;
            for (Path file : pages) {
                shown |= Jsoup.parse(file.toFile(), "UTF-8").select("main").text().contains(text);
            }
            assertTrue(shown, "'" + text + "' shown as text");
        }
    }

    /** No page has a script element or event-handler attribute the payloads could have brought. */
    private static void assertSafePages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                assertTrue(html.select("script:not([src])").stream().allMatch(s -> s.attr("type")
                        .equals("application/ld+json")), page.toString());
                assertTrue(html.select("[onerror], img[src=x]").isEmpty(), page.toString());
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) throws NoSuchAlgorithmException {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k),
                b.get(k)));
    }

    private static void copy(Map<String, byte[]> files, Path root) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
