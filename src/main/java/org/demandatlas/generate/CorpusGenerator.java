package org.demandatlas.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.demandatlas.model.States;
import org.demandatlas.model.Taxonomy;

/**
 * A deterministic corpus of synthetic jurisdiction profiles in the format of the real seed exports, for smoke tests
 * and benchmarks. Profile {@code i} depends only on (seed, i): the same bytes on every run, locale and thread count,
 * so profiles are generated in parallel and written one by one in constant memory. Names (and ids) are unique within
 * a corpus; every narrative opens with {@code Synthetic test profile.}; {@link #describe} tells tests what each file
 * says, so a parser's reading can be checked without any manifest.
 */
public final class CorpusGenerator {
    public static final int MAX_PROFILES = 1_000_000;
    private final ProfileFactory factory;

    /** A generator over the real taxonomy and states, with the vocabulary shipped in the jar. */
    public CorpusGenerator(Taxonomy taxonomy, States states) {
        this(taxonomy, states, Vocabulary.load());
    }

    public CorpusGenerator(Taxonomy taxonomy, States states, Vocabulary vocabulary) {
        this.factory = new ProfileFactory(taxonomy, states, vocabulary, MAX_PROFILES);
    }

    /** {@code synthetic-000001.txt} for index 1. */
    public static String fileName(int index) {
        return String.format(Locale.ROOT, "synthetic-%06d.txt", index);
    }

    /** Why {@code count} profiles cannot be written to {@code folder}: one formatted error per reason, or none. */
    public List<String> problems(int count, Path folder) {
        List<String> problems = new ArrayList<>();
        if (count < 1 || count > MAX_PROFILES) {
            problems.add("error: cannot generate " + count + " profiles (expected 1 to " + MAX_PROFILES + ")");
        }
        problems.addAll(OutputFolderGuard.problems(folder));
        return problems;
    }

    /**
     * Writes profiles 1 to {@code count} into {@code folder} (created when missing) and removes generated files
     * numbered above {@code count} left by an earlier run, so the folder holds exactly this corpus.
     *
     * @throws IllegalArgumentException when {@link #problems} finds any, with all of them as its message
     */
    public GenerationReport generate(int count, long seed, Path folder) throws IOException {
        List<String> problems = problems(count, folder);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        Files.createDirectories(folder);
        int removed = OutputFolderGuard.removeBeyond(folder, count);
        try {
            long bytes = IntStream.rangeClosed(1, count).parallel().mapToLong(i -> write(folder, seed, i)).sum();
            return new GenerationReport(folder, count, bytes, removed);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What profile {@code index} (1-based) of the corpus made with {@code seed} contains. */
    public SyntheticProfile describe(long seed, int index) {
        if (index < 1 || index > MAX_PROFILES) {
            throw new IllegalArgumentException("profile index must be 1 to " + MAX_PROFILES + ", was " + index);
        }
        return factory.create(seed, index);
    }

    /** The text of file {@link #fileName(int) fileName(index)}, exactly as {@link #generate} writes it. */
    public String render(long seed, int index) {
        return ProfileWriter.write(describe(seed, index));
    }

    private long write(Path folder, long seed, int index) {
        byte[] bytes = render(seed, index).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(folder.resolve(fileName(index)), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.length;
    }
}
