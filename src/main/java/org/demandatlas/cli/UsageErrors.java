package org.demandatlas.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error is one line on stderr and exit code 2: what is wrong, suggestions for a mistyped command or
 * option, and where the help is ({@code demand-atlas build: Unknown option: '--colour' (see demand-atlas build
 * --help)}). With no arguments at all, the full usage is printed instead, as picocli does by default.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        if (args.length == 0) {
            err.println(e.getMessage());
            command.usage(err);
        } else {
            err.println(line(e, command.getCommandSpec().qualifiedName()));
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String line(ParameterException e, String command) {
        String message = String.valueOf(e.getMessage()).replace("\r", "\\r").replace("\n", "\\n");
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched
                ? unmatched.getSuggestions() : List.of();
        String didYouMean = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
        return command + ": " + message + didYouMean + " (see " + command + " --help)";
    }
}
