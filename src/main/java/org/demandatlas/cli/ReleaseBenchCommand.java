package org.demandatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.demandatlas.bench.ReleaseGrowthBench;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code release-bench}: how much the site grows with its release history (the budget: 20 % at 10 releases). */
@Command(name = "release-bench", mixinStandardHelpOptions = true,
        description = {"Generates a corpus, builds release 1, then before each further release corrects a few "
                + "profiles (a tactic or a citation added), adds one and removes one, and builds into the same "
                + "folder, which carries the history forward. Each build runs in a child JVM. Prints one Markdown "
                + "row per release: site, frozen data and archived pages in MB and the growth over release 1."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:every release built", ExitCodes.USAGE, ExitCodes.FAILURE})
final class ReleaseBenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--profiles", defaultValue = "10000", paramLabel = "N",
            description = "generated profiles (default: ${DEFAULT-VALUE})")
    private int profiles;

    @Option(names = "--releases", defaultValue = "10", paramLabel = "N",
            description = "releases to build (default: ${DEFAULT-VALUE})")
    private int releases;

    @Option(names = "--changed", defaultValue = "20", paramLabel = "N",
            description = "profiles corrected before each release after the first (default: ${DEFAULT-VALUE})")
    private int changed;

    @Option(names = "--xmx", defaultValue = "1g", paramLabel = "SIZE",
            description = "heap of each child build (default: ${DEFAULT-VALUE})")
    private String heap;

    @Option(names = "--work", defaultValue = "target/release-bench", paramLabel = "DIR",
            description = "folder for the corpus, the site and the build logs (default: ${DEFAULT-VALUE})")
    private Path work;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "generator seed (default: 42)")
    private long seed;

    @Override
    public Integer call() throws InterruptedException {
        if (profiles < 2 || profiles > CorpusGenerator.MAX_PROFILES - 1_000 || releases < 1 || releases > 1_000
                || changed < 0 || changed > profiles / 2 || !heap.matches("\\d+[kmgKMG]")) {
            throw new ParameterException(spec.commandLine(), "--profiles must be 2-" + (CorpusGenerator.MAX_PROFILES
                    - 1_000) + ", --releases 1-1000, --changed 0 to half the profiles, --xmx like 1g");
        }
        ReleaseGrowthBench.Options options = new ReleaseGrowthBench.Options(profiles, releases, changed,
                work.toAbsolutePath(), seed, heap, BenchCommand.javaBinary(), BenchCommand.absoluteClasspath());
        CorpusGenerator generator = new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        try {
            new ReleaseGrowthBench(options, generator, ReferenceData.loadTaxonomy(), spec.commandLine().getErr())
                    .run(spec.commandLine().getOut());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("release-bench: " + e.getMessage());
            return ExitCodes.INTERNAL_FAILURE;
        }
    }
}
