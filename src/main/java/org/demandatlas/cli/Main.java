package org.demandatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar demand-atlas.jar <command>}: the entry point; each sub-command lives in its own class. */
@Command(name = "demand-atlas", mixinStandardHelpOptions = true, version = "demand-atlas 0.1.0",
        description = "Builds, serves and searches the Demand Atlas reference website.",
        subcommands = {CommandLine.HelpCommand.class, GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:input problems (errors were printed as file:line:col)",
                "2:usage error (bad option or argument)", "3:I/O or internal failure"})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
