package org.demandatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.generate.SourceSection;
import org.demandatlas.generate.SyntheticProfile;

/**
 * The corpus as a Hugo project, what a curator choosing Hugo would write: one Markdown page per profile with its
 * state, tactics and partners as taxonomies in the front matter, the narrative as the body and the sources as
 * lists; a plain theme of five layouts (resources beside this class) that shows every field.
 */
final class HugoProject {
    private static final List<String> LAYOUTS = List.of("_default/baseof.html", "_default/single.html",
            "_default/list.html", "_default/terms.html", "index.html");

    private HugoProject() {
    }

    /** Writes the project for profiles 1 to {@code count} of the corpus into {@code folder} (emptied first). */
    static void write(CorpusGenerator generator, long seed, int count, Path folder) throws IOException {
        Files.createDirectories(folder.resolve("content"));
        Files.writeString(folder.resolve("hugo.toml"), """
                baseURL = "http://127.0.0.1/"
                title = "Demand Atlas (Hugo)"
                disableKinds = ["RSS", "sitemap", "robotsTXT"]
                [taxonomies]
                state = "states"
                tactic = "tactics"
                partner = "partners"
                """, StandardCharsets.UTF_8);
        for (String layout : LAYOUTS) {
            Path target = folder.resolve("layouts").resolve(layout);
            Files.createDirectories(target.getParent());
            try (InputStream in = Objects.requireNonNull(HugoProject.class.getResourceAsStream("hugo/" + layout),
                    layout)) {
                Files.write(target, in.readAllBytes());
            }
        }
        try {
            IntStream.rangeClosed(1, count).parallel().forEach(i -> page(generator.describe(seed, i), folder));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void page(SyntheticProfile profile, Path folder) {
        Path file = folder.resolve("content").resolve(profile.id() + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(profile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(SyntheticProfile p) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(quoted(p.place().name() + ", " + p.place().state().code())).append('\n');
        md.append("population: ").append(p.population()).append('\n');
        md.append("states: [").append(quoted(p.place().state().code())).append("]\n");
        md.append("tactics: [").append(String.join(", ", p.tacticIds().stream().map(HugoProject::quoted).toList()))
                .append("]\n");
        md.append("partners: [").append(String.join(", ", p.partners().stream().map(HugoProject::quoted).toList()))
                .append("]\n---\n\n");
        p.narrative().forEach(paragraph -> md.append(paragraph).append("\n\n"));
        md.append("## Key Partners\n\n");
        p.partners().forEach(partner -> md.append("- ").append(partner).append('\n'));
        md.append("\n## Key Sources\n\n");
        for (SourceSection section : p.sources()) {
            md.append("### ").append(section.category()).append("\n\n");
            section.citations().forEach(c -> md.append("- ").append(c).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
