package org.demandatlas.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandatlas.export.BuildReportJson;
import org.demandatlas.model.BuildSummary;
import org.demandatlas.render.RenderOptions;
import org.demandatlas.render.SiteRenderer;

/**
 * The report of a build that stopped on the seeds' errors, for a curator without a terminal: {@code
 * OUT.failed-build-report.json} (the same format as the site's {@code build-report.json}) and {@code .html}, put
 * beside the site folder {@code OUT}, never into it, so the published site stays exactly as it was. A build
 * without errors deletes both.
 */
final class FailedBuildReport {
    private static final String SUFFIX = ".failed-build-report";

    private FailedBuildReport() {
    }

    static Path json(Path out) {
        return beside(out, ".json");
    }

    static Path html(Path out) {
        return beside(out, ".html");
    }

    /** Writes both files (each replaced atomically) and returns the sentence that names them. */
    static String write(Path out, BuildSummary summary) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        String site = target.getFileName().toString();
        String page = new SiteRenderer(RenderOptions.defaults()).renderFailedBuildReport(summary, site,
                json(out).getFileName().toString(), html(out).getFileName().toString());
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(json(out), BuildReportJson.toBytes(summary));
        files.put(html(out), page.getBytes(StandardCharsets.UTF_8));
        SiteFolder.placeBeside(out, files);
        return "every problem is listed in " + DisplayPaths.of(html(out)) + " and " + DisplayPaths.of(json(out));
    }

    /** Deletes the report a failed build left, once a build has succeeded. */
    static void deleteStale(Path out) throws IOException {
        for (Path file : List.of(json(out), html(out))) {
            Files.deleteIfExists(file);
        }
    }

    private static Path beside(Path out, String extension) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + SUFFIX + extension);
    }
}
