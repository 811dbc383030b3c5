package org.demandatlas.generate;

import java.nio.file.Path;

/** What a generator run did: profiles written, their total size, and stale generated files it removed. */
public record GenerationReport(Path folder, int profiles, long bytes, int removed) {
}
