package org.demandatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code target/bin/demand-atlas <command>} (or {@code java -jar demand-atlas.jar}): the entry point; each
 * sub-command lives in its own class.
 */
@Command(name = "demand-atlas", mixinStandardHelpOptions = true,
        description = "Builds, serves and searches the Demand Atlas reference website.",
        subcommands = {BuildCommand.class, ParseCommand.class, ServeCommand.class, SearchCommand.class,
                GenerateCommand.class, LoadTestCommand.class, ServeBenchCommand.class, BenchCommand.class,
                ReleaseBenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK, ExitCodes.INPUT, ExitCodes.USAGE, ExitCodes.FAILURE})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs a command with the given streams instead of stdout and stderr (tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return execute(commandLine().setOut(out).setErr(err), args);
    }

    private static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            commandLine.getErr().println("demand-atlas: out of memory; give Java more heap, e.g. "
                    + "DEMAND_ATLAS_OPTS=-Xmx8g target/bin/demand-atlas " + String.join(" ", args));
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    /**
     * The command line with its sub-commands: {@code --version} on every one, a usage error is one line and exit 2,
     * an unexpected exception prints one line and exits with 3.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main())
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler((e, command, parseResult) -> {
                    command.getErr().println(command.getCommandName() + ": internal error: " + e);
                    command.getErr().flush();
                    return ExitCodes.INTERNAL_FAILURE;
                });
        VersionInfo version = new VersionInfo(Path.of("site"));
        commandLine.getCommandSpec().versionProvider(version);
        commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        return commandLine;
    }
}
