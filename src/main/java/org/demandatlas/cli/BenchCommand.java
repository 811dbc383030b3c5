package org.demandatlas.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.demandatlas.bench.ScaleBenchmark;
import org.demandatlas.catalog.ReferenceData;
import org.demandatlas.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: the scale benchmark, the atlas against Hugo + Pagefind on the same generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates corpora of synthetic profiles (1,000 and 10,000 by default) and builds each in a "
                + "child JVM (-Xmx512m), measuring wall time, CPU, peak RSS (GNU time), HTML pages, bytes per page "
                + "kind and the bytes of a first static query; checks every profile was read with its tactics; "
                + "then runs Hugo on the same profiles as Markdown and Pagefind on Hugo's and on our HTML. Prints "
                + "one table with the ratios and writes WORK/bench.json. Installs time and hugo with apt-get and "
                + "pagefind with npm when missing (not with --atlas-only)."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:every profile read with its tactics", "1:some profile missing or misread",
                ExitCodes.USAGE, ExitCodes.FAILURE})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000", paramLabel = "N[,N…]",
            description = "corpus sizes (default: ${DEFAULT-VALUE})")
    private List<Integer> sizes;

    @Option(names = "--with-100k", description = "also 100,000 profiles, built with -Xmx1g")
    private boolean with100k;

    @Option(names = "--xmx", defaultValue = "512m", paramLabel = "SIZE",
            description = "heap of each child build (default: ${DEFAULT-VALUE})")
    private String heap;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
            description = "folder for corpora, sites, tools and bench.json (default: ${DEFAULT-VALUE})")
    private Path work;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "generator seed (default: 42)")
    private long seed;

    @Option(names = "--query", defaultValue = "police", paramLabel = "WORD",
            description = "the first query whose bytes are measured (default: ${DEFAULT-VALUE})")
    private String query;

    @Option(names = "--atlas-only", description = "measure the atlas alone: no Hugo, no Pagefind")
    private boolean atlasOnly;

    /** The child builds run in the bench's work folders, so this JVM's class path is made absolute. */
    static String absoluteClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The java binary this JVM runs on, for the child builds. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    @Override
    public Integer call() throws InterruptedException {
        if (sizes.stream().anyMatch(n -> n < 1 || n > CorpusGenerator.MAX_PROFILES) || !heap.matches("\\d+[kmgKMG]")
                || query.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--sizes must be 1-" + CorpusGenerator.MAX_PROFILES
                    + ", --xmx like 512m, --query not empty");
        }
        List<Integer> all = new ArrayList<>(sizes);
        List<String> heaps = new ArrayList<>(sizes.stream().map(n -> heap).toList());
        if (with100k) {
            all.add(100_000);
            heaps.add("1g");
        }
        String java = javaBinary();
        ScaleBenchmark.Options options = new ScaleBenchmark.Options(all, heaps, work.toAbsolutePath(), seed, query,
                !atlasOnly, java, absoluteClasspath());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter log = spec.commandLine().getErr();
        CorpusGenerator generator = new CorpusGenerator(ReferenceData.loadTaxonomy(), ReferenceData.loadStates());
        try {
            return new ScaleBenchmark(options, generator, log).run(out) ? 0 : 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("bench: " + e.getMessage());
            return ExitCodes.INTERNAL_FAILURE;
        }
    }
}
