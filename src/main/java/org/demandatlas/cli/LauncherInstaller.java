package org.demandatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.demandatlas.text.DataFiles;
import picocli.AutoComplete;

/**
 * Run by {@code package} on the toolchain's JDK: writes the launcher {@code target/bin/demand-atlas} (a bash script
 * that runs the jar on {@code $JAVA_HOME} when it is a JDK ≥ the minimum, else on the JDK running this, i.e. the
 * build's) and its bash completion {@code demand-atlas_completion} beside it. Arguments: folder, minimum JDK.
 */
public final class LauncherInstaller {
    static final String LAUNCHER = "demand-atlas";
    static final String COMPLETION = "demand-atlas_completion";

    private LauncherInstaller() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].matches("[1-9][0-9]?")) {
            throw new IllegalArgumentException("usage: LauncherInstaller FOLDER MIN_JDK");
        }
        install(Path.of(args[0]), Path.of(System.getProperty("java.home")), Integer.parseInt(args[1]));
    }

    /** Writes both files into {@code folder} (created when missing), each replaced atomically. */
    static void install(Path folder, Path buildJdk, int minJdk) throws IOException {
        Files.createDirectories(folder);
        write(folder.resolve(LAUNCHER), launcher(buildJdk.toAbsolutePath(), minJdk), "rwxr-xr-x");
        write(folder.resolve(COMPLETION), AutoComplete.bash(LAUNCHER, Main.commandLine()), "rw-r--r--");
    }

    static String launcher(Path buildJdk, int minJdk) {
        return template().replace("@MIN_JDK@", Integer.toString(minJdk))
                .replace("@BUILD_JDK@", shellQuoted(buildJdk.toString()));
    }

    /** The text as one single-quoted shell word ({@code '} written as {@code '\''}). */
    static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String template() {
        return DataFiles.readText(LauncherInstaller.class, "launcher.sh");
    }

    private static void write(Path file, String text, String permissions) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString(permissions));
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
