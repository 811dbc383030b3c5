package org.demandatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.generate.SourceSection;
import org.demandatlas.generate.SyntheticProfile;
import org.demandatlas.generate.TacticList;
import org.demandatlas.model.TacticDefinition;
import org.demandatlas.model.Taxonomy;

/**
 * The corrections a curator makes between two releases of a generated corpus, deterministic per release: to
 * {@code changed} profiles, one in two a tactic added and the other a citation added; one profile added (the next
 * index past the corpus) and one removed. Edits are made to the text, in the shape the profile uses.
 */
final class CorpusEdits {
    private static final String TACTICS = "Tactics Used\n\n";
    private static final String SOURCES = "Key Sources\n\n";

    /** What one round of edits did. */
    record Round(int tacticsAdded, int citationsAdded, String added, String removed) {
        int profilesChanged() {
            return tacticsAdded + citationsAdded + 2;
        }
    }

    private final CorpusGenerator generator;
    private final Taxonomy taxonomy;
    private final long seed;

    CorpusEdits(CorpusGenerator generator, Taxonomy taxonomy, long seed) {
        this.generator = generator;
        this.taxonomy = taxonomy;
        this.seed = seed;
    }

    /** Edits the corpus of {@code count} generated profiles in {@code folder} before release {@code release}. */
    Round apply(Path folder, int count, int release, int changed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 1_000 + release);
        int tactics = 0;
        int citations = 0;
        Set<Integer> edited = new HashSet<>();
        for (int tries = 0; tactics + citations < changed && tries < changed * 20; tries++) {
            int index = 1 + random.nextInt(count);
            Path file = folder.resolve(CorpusGenerator.fileName(index));
            if (!Files.isRegularFile(file) || !edited.add(index)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean wantTactic = (tactics + citations) % 2 == 0;
            Optional<String> next = wantTactic ? withTactic(text, generator.describe(seed, index).tactics(), random)
                    : withCitation(text, generator.describe(seed, index), release);
            if (next.isPresent()) {
                Files.writeString(file, next.get(), StandardCharsets.UTF_8);
                tactics += wantTactic ? 1 : 0;
                citations += wantTactic ? 0 : 1;
            }
        }
        int next = count + release - 1;
        Files.writeString(folder.resolve(CorpusGenerator.fileName(next)), generator.render(seed, next),
                StandardCharsets.UTF_8);
        String removed = removeOne(folder, count, random);
        return new Round(tactics, citations, CorpusGenerator.fileName(next), removed);
    }

    private static String removeOne(Path folder, int count, SplittableRandom random) throws IOException {
        while (true) {
            Path file = folder.resolve(CorpusGenerator.fileName(1 + random.nextInt(count)));
            if (Files.deleteIfExists(file)) {
                return file.getFileName().toString();
            }
        }
    }

    /** The text with a tactic its list does not name added at the end of the list, in the list's shape. */
    private Optional<String> withTactic(String text, TacticList list, SplittableRandom random) {
        int start = text.indexOf(TACTICS);
        int end = start < 0 ? -1 : text.indexOf("\n\n", start + TACTICS.length());
        if (end < 0 || list.lines().isEmpty()) {
            return Optional.empty();
        }
        String block = text.substring(start, end).toLowerCase(Locale.ROOT);
        List<TacticDefinition> missing = taxonomy.tactics().stream()
                .filter(t -> !list.ids().contains(t.id()))
                .filter(t -> !block.contains(t.name().toLowerCase(Locale.ROOT))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String name = missing.get(random.nextInt(missing.size())).name();
        String row = list.shape() == TacticList.Shape.TABLE ? name + " | \u2713 |" : name;
        return Optional.of(text.substring(0, end) + "\n" + row + text.substring(end));
    }

    /** The text with one more citation in its first source section, new in this release. */
    private static Optional<String> withCitation(String text, SyntheticProfile profile, int release) {
        List<String> lines = profile.sources().stream().map(SourceSection::citations).filter(c -> !c.isEmpty())
                .findFirst().orElse(List.of());
        int sources = text.indexOf(SOURCES);
        if (lines.isEmpty() || sources < 0) {
            return Optional.empty();
        }
        String last = lines.getLast();
        int at = text.indexOf(last, sources);
        if (at < 0) {
            return Optional.empty();
        }
        String added = "  \u2022 \u201CFollow-up Report on Demand Reduction, Release " + release
                + ",\u201D Atlas Bench Gazette, May 2 2014.";
        int end = at + last.length();
        return Optional.of(text.substring(0, end) + "\n" + added + text.substring(end));
    }
}
