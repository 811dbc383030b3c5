package org.demandatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Run by the build ({@code process-classes}, on the toolchain's JDK) to write {@value VersionInfo#RESOURCE} into
 * the classes: the project version and, when the project is a git checkout and {@code git} is installed, the commit
 * (with {@code -modified} when tracked files differ from it). Arguments: output file, version, project folder.
 */
public final class BuildInfoWriter {
    private BuildInfoWriter() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BuildInfoWriter OUTPUT_FILE VERSION PROJECT_DIR");
        }
        Path project = Path.of(args[2]);
        String commit = git(project, "rev-parse", "--short=12", "HEAD")
                .map(hash -> git(project, "status", "--porcelain", "--untracked-files=no")
                        .map(changes -> changes.isEmpty() ? hash : hash + "-modified").orElse(hash))
                .orElse("");
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".build-info", ".tmp");
        Files.writeString(temp, "version=" + args[1] + "\ncommit=" + commit + "\n", StandardCharsets.UTF_8);
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The trimmed output of a git command in the project, or empty when git is missing or fails. */
    private static Optional<String> git(Path project, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = project.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = process.waitFor(30, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
