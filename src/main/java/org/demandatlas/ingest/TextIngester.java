package org.demandatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demandatlas.model.Problem;
import org.demandatlas.model.ProblemKind;
import org.demandatlas.model.SourceText;

/**
 * Reads one seed file into a {@link SourceText}: SHA-256 of the raw bytes, UTF-8 (a BOM is dropped) or, when the
 * bytes are not valid UTF-8, Windows-1252 with a warning; CRLF and lone CR become LF; tabs, U+00A0 and every other
 * Unicode space separator become a plain space, one character for one, so line and column numbers stay those of
 * the file. Nothing else is changed (curly quotes stay). Problems are collected, never thrown.
 *
 * <p>Limits, each reported as an error with no lines returned (or, for a long line, that line read as empty):
 * <ul>
 *   <li>{@link #MAX_FILE_BYTES}: {@code file is N bytes (expected at most 8388608)};</li>
 *   <li>{@link #MAX_LINE_CHARS}: {@code line is N characters long (expected at most 100000)};</li>
 *   <li>a NUL character, or more than {@link #MAX_CONTROL_CHARS} other control characters:
 *       {@code file is binary, not text: …}; up to that many are each read as a space, with one warning;</li>
 *   <li>a UTF-16 byte order mark: {@code file is UTF-16 text (expected UTF-8 or Windows-1252)};</li>
 *   <li>no bytes, or nothing but white space: {@code file is empty (expected a profile, article or press
 *       release)}, {@code file has only white space (…)}.</li>
 * </ul>
 */
public final class TextIngester {
    /** Largest file read: 8 MiB, far above any real export (the seeds are under 10 KB). */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Longest line read, in characters; a longer one is reported and read as empty. */
    public static final int MAX_LINE_CHARS = 100_000;
    /** Most control characters (other than tab, line and form feed) a text file may hold before it is binary. */
    public static final int MAX_CONTROL_CHARS = 8;
    static final String EXPECTED_DOCUMENT = "(expected a profile, article or press release)";
    private static final String NOT_DECODED = "none";

    /** Reads a file from disk; an unreadable file gives a {@link SourceText} with no lines and an error. */
    public SourceText read(Path path, String displayName) {
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                return tooLarge(displayName, Sha256.hex(path), size);
            }
            return read(displayName, Files.readAllBytes(path));
        } catch (IOException e) {
            Problem problem = Problem.error(ProblemKind.INPUT, displayName, 0, 0,
                    "file cannot be read: " + describe(e));
            return new SourceText(displayName, Sha256.hex(new byte[0]), NOT_DECODED, List.of(), List.of(problem));
        }
    }

    /** Reads the bytes of a file known to the user as {@code displayName} (used in every problem). */
    public SourceText read(String displayName, byte[] bytes) {
        String sha256 = Sha256.hex(bytes);
        if (bytes.length > MAX_FILE_BYTES) {
            return tooLarge(displayName, sha256, bytes.length);
        }
        if (TextDecoder.hasUtf16Bom(bytes)) {
            return unusable(displayName, sha256, NOT_DECODED,
                    Problem.error(ProblemKind.INPUT, displayName, 0, 0,
                            "file is UTF-16 text (expected UTF-8 or Windows-1252)"));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(displayName, bytes);
        LineSplitter.Split split = LineSplitter.split(displayName, decoded.text());
        if (split.binary() != null) {
            return unusable(displayName, sha256, decoded.encoding(), split.binary());
        }
        List<Problem> problems = new ArrayList<>(decoded.problems());
        problems.addAll(split.problems());
        if (split.problems().stream().noneMatch(Problem::isError) && split.lines().stream().allMatch(String::isBlank)) {
            String what = split.lines().isEmpty() ? "file is empty " : "file has only white space ";
            problems.add(Problem.error(ProblemKind.INPUT, displayName, 0, 0, what + EXPECTED_DOCUMENT));
        }
        return new SourceText(displayName, sha256, decoded.encoding(), split.lines(), problems);
    }

    private static SourceText tooLarge(String file, String sha256, long size) {
        return unusable(file, sha256, NOT_DECODED, Problem.error(ProblemKind.INPUT, file, 0, 0,
                "file is " + size + " bytes (expected at most " + MAX_FILE_BYTES + ")"));
    }

    private static SourceText unusable(String file, String sha256, String encoding, Problem problem) {
        return new SourceText(file, sha256, encoding, List.of(), List.of(problem));
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }
}
