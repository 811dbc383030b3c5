package org.demandatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;
import org.demandatlas.generate.GenerationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code generate N OUTDIR [--seed S]}: writes a deterministic corpus of synthetic profiles for tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes N synthetic jurisdiction profiles (synthetic-000001.txt …) in the seed export format.",
                "The same N and seed give the same bytes on every machine. Refuses a folder that is or lies inside"
                        + " a seeds/ folder, or that holds files the generator did not write."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:profiles written", "2:usage error or refused output folder", "3:I/O failure"})
final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "N", description = "number of profiles, 1 to 1000000")
    private int count;

    @Parameters(index = "1", paramLabel = "OUTDIR", description = "folder to write into (created when missing)")
    private Path folder;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CorpusGenerator generator = new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        List<String> problems = generator.problems(count, folder);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return 2;
        }
        try {
            GenerationReport report = generator.generate(count, seed, folder);
            spec.commandLine().getOut().println("wrote " + report.profiles() + " synthetic profiles (" + report.bytes()
                    + " bytes, seed " + seed + ") to " + folder
                    + (report.removed() > 0 ? "; removed " + report.removed() + " stale ones" : ""));
            return 0;
        } catch (IOException e) {
            err.println(folder + ": error: cannot write profiles: " + e);
            return 3;
        }
    }
}
