package org.demandatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site under test, exercised through the shipped artifact exactly as a user runs it: {@code java -jar
 * target/demand-atlas.jar build} into {@code target/it-site}, then {@code serve} on a free loopback port.
 */
final class AtlasSite {
    private static final Path BASE = Path.of(System.getProperty("atlas.basedir", ".")).toAbsolutePath();
    private static final Path JAR = BASE.resolve("target/demand-atlas.jar");
    private static AtlasSite shared;
    private final Process server;
    private final String origin;
    private final Path root;

    private AtlasSite(Path siteDir) {
        this.root = siteDir;
        int port = freePort();
        this.server = start(List.of("serve", "--site", siteDir.toString(), "--port", Integer.toString(port)));
        this.origin = "http://127.0.0.1:" + port;
        awaitPort(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
    }

    /**
     * The seeds' site, built once per test JVM, as the second release of a history: the first release is the seeds
     * with one tactic fewer for Windsor Locks ({@code target/it-history}), so the site has a change and an
     * archived page.
     */
    static synchronized AtlasSite seeds() {
        if (shared == null) {
            Path site = BASE.resolve("target/it-site");
            Path history = BASE.resolve("target/it-history");
            run(List.of("build", "--seeds", earlierSeeds().toString(), "--out", history.toString()));
            run(List.of("build", "--seeds", BASE.resolve("seeds").toString(), "--out", site.toString(),
                    "--history", history.toString()));
            shared = new AtlasSite(site);
        }
        return shared;
    }

    /** The seeds as the first release had them: Windsor Locks without License Suspension. */
    private static Path earlierSeeds() {
        try {
            Path seeds = BASE.resolve("target/it-history-seeds");
            Files.createDirectories(seeds);
            try (var files = Files.list(BASE.resolve("seeds"))) {
                for (Path seed : files.toList()) {
                    String text = Files.readString(seed);
                    Files.writeString(seeds.resolve(seed.getFileName()), seed.getFileName().toString()
                            .equals("003_6da4c138ab00a1bb.txt") ? text.replace("License Suspension\n", "") : text);
                }
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves an arbitrary folder (fixtures) with the project's own server. */
    static AtlasSite serving(Path siteDir) {
        return new AtlasSite(siteDir);
    }

    /** The folder being served. */
    Path root() {
        return root;
    }

    String url(String path) {
        return origin + path;
    }

    void stop() {
        server.destroy();
    }

    private static void run(List<String> args) {
        try {
            Process process = start(args);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("demand-atlas " + args + " exited " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process start(List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(BASE.toFile()).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitPort(int port) {
        for (int attempt = 0; attempt < 1200; attempt++) { // 60 s: builds and servers start slowly on a busy machine
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("serve did not open port " + port);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean jarExists() {
        return Files.isRegularFile(JAR);
    }
}
