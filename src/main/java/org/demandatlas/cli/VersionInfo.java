package org.demandatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.demandatlas.export.AtlasJsonFile;
import org.demandatlas.routes.DataFile;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version and git commit the jar was built from ({@value #RESOURCE}, written by
 * {@link BuildInfoWriter}), the data date of the site in the current folder, and the Java running it.
 */
final class VersionInfo implements IVersionProvider {
    static final String RESOURCE = "build-info.properties";
    private final Path site;

    VersionInfo(Path site) {
        this.site = site;
    }

    @Override
    public String[] getVersion() {
        Properties build = buildInfo();
        String commit = build.getProperty("commit", "");
        return new String[] {
            "demand-atlas " + build.getProperty("version", "(version unknown: not built by Maven)"),
            "commit " + (commit.isEmpty() ? "unknown (not built from a git checkout)" : commit),
            "data " + dataDate(),
            "java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"};
    }

    private String dataDate() {
        Path allJson = site.resolve(DataFile.ALL_JSON.file());
        if (!Files.isRegularFile(allJson)) {
            return "unknown (no " + allJson + " here; build the site first)";
        }
        try {
            return AtlasJsonFile.findDataDate(allJson).orElse("none (no dated statement in the seeds)")
                    + " (" + allJson + ")";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
