package org.demandatlas.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in a child JVM: oversized request headers are refused, and SIGTERM ({@link Process#destroy()})
 * lets a download under way finish before the process exits.
 */
class ServeShutdownIT {
    private static final int BIG = 32 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void sigtermLetsTheRequestUnderWayFinishThenExits() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
        Files.write(site.resolve("big.bin"), new byte[BIG]);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.demandatlas.cli.Main", "serve", "--site", site.toString(), "--port", "0")
                .redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            int port = port(serve);
            assertFalse(statusLine(port, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"), "oversized headers refused");
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                long read = in.readNBytes(4096).length;
                long start = System.nanoTime();
                serve.destroy();
                read += in.transferTo(OutputStream.nullOutputStream());
                assertTrue(read > BIG, "the whole download arrived: " + read + " bytes");
                assertTrue(serve.waitFor(10, TimeUnit.SECONDS), "serve exits after SIGTERM");
                System.out.printf("ServeShutdownIT: download finished and serve exited %d ms after SIGTERM%n",
                        (System.nanoTime() - start) / 1_000_000);
            }
            assertEquals(143, serve.exitValue(), "exit status of a JVM ended by SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
    }

    private static int port(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher matcher = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(line));
        assertTrue(matcher.find(), "serve printed its address: " + line);
        return Integer.parseInt(matcher.group(1));
    }

    private static String statusLine(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return raw.lines().findFirst().orElse("");
        } catch (IOException e) {
            return "closed: " + e.getMessage();
        }
    }
}
