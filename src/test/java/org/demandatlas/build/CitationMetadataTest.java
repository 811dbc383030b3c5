package org.demandatlas.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.demandatlas.model.BaseUrl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What citation managers read from a built page, parsed back as they parse it (Zotero's Embedded Metadata
 * translator reads the Highwire {@code citation_*} tags; RIS and CSL-JSON are its import formats; search engines
 * read the schema.org Dataset), and the codebook against the files it documents.
 */
class CitationMetadataTest {
    private static final String BASE = "https://example.org/atlas/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    static Path dir;
    private static Path site;
    private static String release;

    @BeforeAll
    static void build() throws IOException {
        site = dir.resolve("site");
        BuildReport report = new SiteBuild(SeedParsers.standard(), BuildProgress.SILENT).run(new BuildOptions(
                ReleaseHistoryTest.copySeeds(dir.resolve("seeds")), site, new BaseUrl(BASE), null));
        assertEquals(BuildStatus.OK, report.status(), report.failure());
        release = ReleaseHistoryTest.releaseIds(site).getLast();
    }

    @Test
    void highwireTagsRisAndCslJsonAgreeOnTheCitation() throws IOException {
        Document page = ReleaseHistoryTest.page(site, "ct/waterbury/index.html");
        Map<String, List<String>> highwire = new LinkedHashMap<>();
        for (Element meta : page.select("head meta[name^=citation_]")) {
            highwire.computeIfAbsent(meta.attr("name"), k -> new ArrayList<>()).add(meta.attr("content"));
        }
        String url = BASE + "ct/waterbury/";
        assertEquals(List.of("Waterbury, CT"), highwire.get("citation_title"));
        assertEquals(List.of("Demand Atlas"), highwire.get("citation_author"));
        assertEquals(List.of(url), highwire.get("citation_public_url"));
        String date = highwire.get("citation_publication_date").getFirst();
        assertTrue(date.matches("\\d{4}(/\\d{2}){0,2}"), date);

        Map<String, String> ris = ris(page.getElementById("cite-ris").wholeText());
        assertEquals("ELEC", ris.get("TY"));
        assertEquals("Waterbury, Connecticut", ris.get("TI"));
        assertEquals(highwire.get("citation_author").getFirst(), ris.get("AU"));
        assertEquals(url, ris.get("UR"));
        assertEquals(date, ris.get("DA"));
        assertEquals("Release " + release, ris.get("ET"));
        assertTrue(ris.containsKey("ER"), "an RIS record ends with ER");

        JsonNode csl = JSON.readTree(page.getElementById("cite-csl-json").wholeText()).get(0);
        assertEquals(url, csl.get("URL").asString());
        assertEquals(release, csl.get("version").asString());
        assertEquals(date.replace('/', '-'), String.join("-", csl.get("issued").get("date-parts").get(0).valueStream()
                .map(n -> n.asInt() < 10 ? "0" + n.asInt() : Integer.toString(n.asInt())).toList()));
        Element link = page.selectFirst("#cite a.cite-link");
        assertEquals(date.replace('/', '-'), link.attr("data-versiondate"));
        assertTrue(page.getElementById("cite-bibtex").wholeText().contains("release " + release));
    }

    @Test
    void theHomePageDescribesTheDatasetWithItsReleaseLicenceAndDownloads() throws IOException {
        Document home = ReleaseHistoryTest.page(site, "index.html");
        JsonNode dataset = JSON.readTree(home.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Dataset", dataset.get("@type").asString());
        assertEquals(release, dataset.get("version").asString());
        assertTrue(dataset.get("license").asString().startsWith("https://creativecommons.org/"));
        List<String> downloads = new ArrayList<>();
        dataset.get("distribution").forEach(d -> downloads.add(d.get("contentUrl").asString()));
        assertTrue(downloads.containsAll(List.of(BASE + "data/all.json", BASE + "data/evidence.csv",
                BASE + "data/all.schema.json")), downloads.toString());
        for (String download : downloads) {
            assertTrue(Files.isRegularFile(site.resolve(download.substring(BASE.length()))), download);
        }
    }

    @Test
    void theCodebookCoversEveryColumnOfEveryCsvFile() throws IOException {
        Document codebook = ReleaseHistoryTest.page(site, "about/codebook/index.html");
        List<Path> csvFiles;
        try (Stream<Path> files = Files.list(site.resolve("data"))) {
            csvFiles = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(3, csvFiles.size(), csvFiles.toString());
        for (Path csv : csvFiles) {
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertEquals('\uFEFF', text.charAt(0), csv + " starts with a byte order mark");
            String header = text.substring(1, text.indexOf("\r\n"));
            assertEquals(List.of(header.split(",")), columns(codebook, csv.getFileName().toString()), csv.toString());
        }
    }

    @Test
    void theCodebookCoversTheKeysOfTheJsonRecords() throws IOException {
        Document codebook = ReleaseHistoryTest.page(site, "about/codebook/index.html");
        JsonNode jurisdiction = JSON.readTree(site.resolve("data/all.json").toFile()).get("jurisdictions").get(0);
        assertEquals(List.copyOf(jurisdiction.propertyNames()), columns(codebook, "all.json"));
        JsonNode entry = JSON.readTree(site.resolve("data/releases.json").toFile()).get("releases").get(0);
        assertEquals(List.copyOf(entry.propertyNames()), columns(codebook, "releases.json"));
        assertTrue(Files.isRegularFile(site.resolve("data/all.schema.json")), "the schema is published");
    }

    private static List<String> columns(Document codebook, String file) {
        Element section = codebook.getElementById(file.replace('.', '-'));
        assertTrue(section != null, "the codebook has no section for " + file);
        return section.select("tbody th code").eachText();
    }

    /** RIS as Zotero's importer reads it: {@code TAG  - value} per line. */
    private static Map<String, String> ris(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), line);
            tags.putIfAbsent(line.substring(0, 2), line.substring(6));
        }
        return tags;
    }
}
