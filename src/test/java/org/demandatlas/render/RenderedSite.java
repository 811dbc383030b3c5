package org.demandatlas.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.demandatlas.catalog.AtlasPipeline;
import org.demandatlas.export.PageOutputs;
import org.demandatlas.model.ReleaseHistory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site rendered into a temporary folder, with helpers to read its pages. */
record RenderedSite(Path root) {
    private static final Path TEMP_ROOT = tempRoot();

    /** One temporary folder per test JVM, deleted when it exits (set -Dkeep.sites=true to keep it). */
    private static Path tempRoot() {
        try {
            Path root = Files.createTempDirectory("demand-atlas-sites");
            if (!Boolean.getBoolean("keep.sites")) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedSite render(AtlasPipeline.Result built, RenderOptions options) {
        return render(built, options, null);
    }

    /** The site with a release history (null: none), so that it has archived pages and changes. */
    static RenderedSite render(AtlasPipeline.Result built, RenderOptions options, ReleaseHistory history) {
        try {
            Path dir = Files.createTempDirectory(TEMP_ROOT, "site");
            new SiteRenderer(options, PageOutputs.writers(built.atlas())).render(built.atlas(), built.quality(), null,
                    history, dir);
            return new RenderedSite(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document page(String file) {
        try {
            return Jsoup.parse(root.resolve(file).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file, relative, with {@code /} separators, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> htmlFiles() {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }
}
