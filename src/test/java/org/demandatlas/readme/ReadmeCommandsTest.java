package org.demandatlas.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.demandatlas.fixtures.ProjectFiles;
import org.demandatlas.fixtures.ReadmeCommands;
import org.demandatlas.fixtures.ReadmeCommands.Command;
import org.junit.jupiter.api.Test;

/** The extraction rule ReadmeCommandsIT runs the README by, and the README's own commands (fast, in `test`). */
class ReadmeCommandsTest {
    @Test
    void takesIndentedMavenAndLauncherLinesWithTheirWords() {
        List<Command> commands = ReadmeCommands.parse("""
                Run `./mvnw -B package` first (inline code is prose, not a command).

                    ./mvnw -B package     # builds it
                    target/bin/demand-atlas search "reverse stings" --state 'CT'   # quoted words
                    target/bin/demand-atlas build --base-url https://example.org/atlas#not-a-comment
                    java -jar target/demand-atlas.jar --help
                  ./mvnw -B verify
                """);

        assertEquals(List.of(
                new Command(3, "./mvnw -B package     # builds it", List.of("./mvnw", "-B", "package")),
                new Command(4, "target/bin/demand-atlas search \"reverse stings\" --state 'CT'   # quoted words",
                        List.of("target/bin/demand-atlas", "search", "reverse stings", "--state", "CT")),
                new Command(5, "target/bin/demand-atlas build --base-url https://example.org/atlas#not-a-comment",
                        List.of("target/bin/demand-atlas", "build", "--base-url",
                                "https://example.org/atlas#not-a-comment"))), commands);
        assertTrue(commands.get(0).isPackage());
        assertTrue(!commands.get(1).isServe() && !commands.get(1).isMaven());
    }

    @Test
    void knowsPackageAndServeCommands() {
        List<Command> commands = ReadmeCommands.parse("""
                    ./mvnw -B -q clean package
                    ./mvnw -B package -DskipTests exec:exec@browser-search-benchmark
                    target/bin/demand-atlas serve --site site
                    target/bin/demand-atlas search serve
                """);

        assertEquals(List.of(true, false, false, false), commands.stream().map(Command::isPackage).toList());
        assertEquals(List.of(false, false, true, false), commands.stream().map(Command::isServe).toList());
    }

    @Test
    void refusesShellSyntaxItCannotRunWithTheLineNumber() {
        for (String line : List.of("./mvnw -B package | tee log", "target/bin/demand-atlas search $Q",
                "target/bin/demand-atlas search \"a`b`\"", "./mvnw -B package && ls", "target/bin/demand-atlas x > f",
                "target/bin/demand-atlas search 'open")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReadmeCommands.parse("x\n    " + line + "\n"));
            assertTrue(e.getMessage().startsWith("README.md:2: "), e.getMessage());
        }
    }

    @Test
    void theReadmeGivesTheCommandsANewcomerNeeds() throws IOException {
        List<Command> commands = ReadmeCommands.read(ProjectFiles.basedir().resolve("README.md"));

        assertTrue(commands.stream().anyMatch(Command::isPackage), "a ./mvnw … package line");
        assertTrue(commands.stream().anyMatch(c -> c.words().equals(List.of(ReadmeCommands.LAUNCHER, "--help"))),
                "the launcher's --help");
        assertTrue(commands.stream().anyMatch(c -> c.args().equals(List.of("search", "reverse stings"))),
                "search \"reverse stings\"");
        assertTrue(commands.stream().anyMatch(Command::isServe), "serve");
        assertTrue(commands.stream().noneMatch(c -> c.isServe() && c.args().contains("--port")),
                "ReadmeCommandsIT adds --port 0 to serve (any free port)");
    }
}
