package org.demandatlas.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.demandatlas.build.SeedParsers;
import org.demandatlas.build.SeedReader;
import org.demandatlas.export.ParsedDocumentJson;
import org.demandatlas.model.ParsedDocument;
import org.demandatlas.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse FILE…}: what the parser makes of each file, as JSON on stdout; problems on stderr. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parses seed files and prints, as a JSON array on stdout, each file's document, "
                + "jurisdiction and problems.", "Problems are also printed to stderr as file:line:col: severity: "
                + "message."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK, ExitCodes.INPUT, ExitCodes.USAGE, ExitCodes.FAILURE})
final class ParseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "seed files to parse")
    private List<Path> files;

    @Override
    public Integer call() {
        SeedReader reader = new SeedReader(SeedParsers.standard());
        List<ParsedDocument> parsed = files.stream().map(reader::read).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(ParsedDocumentJson.toBytes(parsed), StandardCharsets.UTF_8));
        out.flush();
        List<Problem> problems = parsed.stream().flatMap(p -> p.problems().stream()).sorted(Problem.ORDER).toList();
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(problem -> err.println(problem.format()));
        err.flush();
        if (reader.brokeOnAFile()) {
            return ExitCodes.INTERNAL_FAILURE;
        }
        return problems.stream().anyMatch(Problem::isError) ? 1 : 0;
    }
}
