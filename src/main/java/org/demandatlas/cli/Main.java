package org.demandatlas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar demand-atlas.jar <command>}: the entry point; each sub-command lives in its own class. */
@Command(name = "demand-atlas", mixinStandardHelpOptions = true, version = "demand-atlas 0.1.0",
        description = "Builds, serves and searches the Demand Atlas reference website.",
        subcommands = {BuildCommand.class, ParseCommand.class, ServeCommand.class, SearchCommand.class,
                GenerateCommand.class, LoadTestCommand.class, ServeBenchCommand.class,
                CommandLine.HelpCommand.class},
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
            commandLine.getErr().println("demand-atlas: out of memory; give Java more heap, e.g. java -Xmx8g -jar "
                    + "demand-atlas.jar " + String.join(" ", args));
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    /** The command line with its sub-commands; an unexpected exception prints one line and exits with 3. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandName() + ": internal error: " + e);
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL_FAILURE;
        });
    }
}
