package org.demandatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
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
    void saysWhichPortIsTakenAndHowToPickAnother(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), "<!doctype html>");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            String[] result = run("--site", site.toString(), "--port", Integer.toString(port));

            assertEquals("2", result[0]);
            int next = port == 65_535 ? 8081 : port + 1;
            assertEquals("serve: port " + port + " on 127.0.0.1 is already in use (is another serve running?); pick "
                    + "another with --port, e.g. --port " + next + ", or --port 0 for any free one",
                    result[1].lines().reduce((first, second) -> second).orElseThrow());
        }
    }

    @Test
    void isASubcommandOfMain() {
        assertEquals(2, Main.run("serve", "--port", "nope"));
    }
}
