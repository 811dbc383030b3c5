package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err)).execute(args);
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    @Test
    void refusesAFolderWithoutSite(@TempDir Path empty) {
        String[] result = run("--site", empty.toString(), "--port", "0");
        assertEquals("2", result[0]);
        assertEquals("serve: no site in " + empty + " (expected " + empty.resolve("index.html")
                + "; run `build` first)", result[1]);
    }

    @Test
    void refusesABadPort() {
        assertEquals("--port must be 0-65535, was 70000", run("--port", "70000")[1].lines().findFirst().orElseThrow());
        assertEquals("2", run("--port", "-1")[0]);
    }

    @Test
    void isASubcommandOfMain() {
        assertEquals(2, Main.run("serve", "--port", "nope"));
    }
}
