package org.demandatlas.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of the site as the server answers it: media type, length, modification time and entity tag, and, for a
 * file small enough to keep in memory, its bytes and those of its compressed forms (gzip made here, brotli when
 * the build left a {@code .br} file beside it). {@code body} is null for a big file, which is read from disk.
 *
 * @param sourceLength the size on disk (the served HTML may have a live-reload script added)
 * @param checkedAt {@link System#nanoTime()} when the file on disk was last compared with this copy
 */
record SiteFile(Path path, String type, long length, long modified, String etag, byte[] body, byte[] gzip,
                byte[] brotli, long sourceLength, long checkedAt) {
    /** A compressed form of the file and the coding it is in. */
    record Encoded(String coding, byte[] bytes) {
    }

    boolean inMemory() {
        return body != null;
    }

    boolean compressible() {
        return gzip != null || brotli != null;
    }

    /** The compressed form a client that accepts these codings gets, the smallest first. */
    Optional<Encoded> encodedFor(AcceptEncoding accepted) {
        if (brotli != null && accepted.brotli()) {
            return Optional.of(new Encoded("br", brotli));
        }
        if (gzip != null && accepted.gzip()) {
            return Optional.of(new Encoded("gzip", gzip));
        }
        return Optional.empty();
    }

    /** The entity tag of one representation: the identity's, or that with the coding appended. */
    String etag(String coding) {
        return coding.isEmpty() ? etag : etag.substring(0, etag.length() - 1) + "-" + coding + "\"";
    }

    SiteFile checked(long now) {
        return new SiteFile(path, type, length, modified, etag, body, gzip, brotli, sourceLength, now);
    }
}
