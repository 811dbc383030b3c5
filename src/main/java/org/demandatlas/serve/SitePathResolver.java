package org.demandatlas.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.demandatlas.routes.OutputFormat;

/**
 * Maps a request's raw path to a file of the site folder, refusing anything that could leave it: encoded
 * slashes and back-slashes, empty, dot and dot-dot segments, hidden files, and symbolic links that point
 * outside (real paths are compared). Folders map to their {@code index.html}; a folder asked for without its
 * trailing slash is to be redirected.
 */
final class SitePathResolver {
    private final Path root;

    /** What a path resolves to: a file to send, a folder to redirect to (with slash), or nothing. */
    sealed interface Resolution {
        record SendFile(Path file) implements Resolution {
        }

        record Redirect(String location) implements Resolution {
        }

        record NotFound() implements Resolution {
        }
    }

    SitePathResolver(Path siteDir) throws IOException {
        this.root = siteDir.toRealPath();
    }

    Path root() {
        return root;
    }

    Resolution resolve(String rawPath) {
        Optional<Path> candidate = candidate(rawPath);
        if (candidate.isEmpty() || !Files.exists(candidate.get())) {
            return new Resolution.NotFound();
        }
        Optional<Path> real = insideRoot(candidate.get());
        if (real.isEmpty()) {
            return new Resolution.NotFound();
        }
        if (Files.isDirectory(real.get())) {
            return rawPath.endsWith("/") ? indexOf(real.get()) : new Resolution.Redirect(rawPath + "/");
        }
        return Files.isRegularFile(real.get()) ? new Resolution.SendFile(real.get()) : new Resolution.NotFound();
    }

    private Resolution indexOf(Path folder) {
        Path index = folder.resolve(OutputFormat.HTML.fileName());
        return Files.isRegularFile(index) && insideRoot(index).isPresent()
                ? new Resolution.SendFile(index) : new Resolution.NotFound();
    }

    /** The path under the root that a raw request path names, if it is a clean one. */
    private Optional<Path> candidate(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (!rawPath.startsWith("/") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || rawPath.contains("\\")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String inner = decoded.substring(1);
        if (inner.endsWith("/")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        if (inner.isEmpty()) {
            return Optional.of(root);
        }
        for (String segment : inner.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf('\0') >= 0 || segment.contains(":")) {
                return Optional.empty();
            }
        }
        Path path = root.resolve(inner).normalize();
        return path.startsWith(root) ? Optional.of(path) : Optional.empty();
    }

    /** The real path of an existing file when it lies inside the site's real root (symbolic links resolved). */
    private Optional<Path> insideRoot(Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
