package org.demandatlas.serve;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Debian tools the load benchmark compares with ({@code nginx}, from {@code nginx-light}) and measures with
 * ({@code wrk}), installed with apt-get when missing (as root, or through {@code sudo -n}).
 */
final class Tools {
    private static final List<String> FOLDERS = List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin");

    private Tools() {
    }

    static String require(String command) throws IOException {
        return find(command).orElseThrow(() -> new IOException(command + " is not installed"));
    }

    static Optional<String> find(String command) {
        List<String> folders = new ArrayList<>(FOLDERS);
        String path = System.getenv("PATH");
        if (path != null) {
            folders.addAll(List.of(path.split(":")));
        }
        return folders.stream().map(f -> Path.of(f, command)).filter(Files::isExecutable).map(Path::toString)
                .findFirst();
    }

    /** Installs the Debian packages of the commands not found; fails with the way to do it by hand. */
    static void ensure(PrintWriter log, String... commandAndPackage) throws IOException, InterruptedException {
        List<String> packages = new ArrayList<>();
        for (int i = 0; i < commandAndPackage.length; i += 2) {
            if (find(commandAndPackage[i]).isEmpty()) {
                packages.add(commandAndPackage[i + 1]);
            }
        }
        if (packages.isEmpty()) {
            return;
        }
        log.println("serve-bench: installing " + String.join(" ", packages) + " with apt-get");
        log.flush();
        List<String> sudo = "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
        run(sudo, List.of("apt-get", "update", "-qq"));
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
        install.addAll(packages);
        run(sudo, install);
    }

    private static void run(List<String> prefix, List<String> command) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(all).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", all) + " failed (install nginx-light and wrk by hand): "
                    + output.strip());
        }
    }
}
