package org.demandatlas.cli;

import java.nio.file.Path;
import org.demandatlas.routes.DataFile;
import picocli.CommandLine.Option;

/** {@code --site DIR}: the built site a command reads, shared by serve, search and loadtest (a picocli mixin). */
final class SiteOption {
    @Option(names = "--site", defaultValue = "site", paramLabel = "DIR",
            description = "Site folder written by `build` (default: ${DEFAULT-VALUE}).")
    private Path folder;

    Path folder() {
        return folder;
    }

    /** The site's {@code data/all.json}, which serve and search index. */
    Path allJson() {
        return folder.resolve(DataFile.ALL_JSON.file());
    }
}
