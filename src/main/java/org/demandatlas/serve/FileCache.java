package org.demandatlas.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * The site's files as {@link SiteFile}s: files up to {@value #MAX_IN_MEMORY} bytes are kept in memory with their
 * gzip form (made once per version of the file; kept only when smaller), at most {@value #MAX_FILES} of them; a
 * kept file is compared with the disk (size and modification time) at most once every {@value #RECHECK_MS} ms, so a
 * new build shows within that time without a call per request. {@code html} rewrites HTML on the way in (live
 * reload); {@link #clear()} forgets everything (after a rebuild).
 */
final class FileCache {
    static final int MAX_IN_MEMORY = 1 << 20;
    static final int MAX_FILES = 20_000;
    static final long RECHECK_MS = 1_000;
    private static final int MIN_COMPRESSED = 256;

    private final Map<Path, SiteFile> files = new ConcurrentHashMap<>();
    private final ContentTypes types = new ContentTypes();
    private final UnaryOperator<byte[]> html;

    FileCache(UnaryOperator<byte[]> html) {
        this.html = html;
    }

    SiteFile require(Path file) throws IOException {
        long now = System.nanoTime();
        SiteFile known = files.get(file);
        if (known != null && now - known.checkedAt() < TimeUnit.MILLISECONDS.toNanos(RECHECK_MS)) {
            return known;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long modified = attributes.lastModifiedTime().toMillis();
        if (known != null && known.modified() == modified && known.sourceLength() == attributes.size()) {
            return remember(known.checked(now));
        }
        return remember(load(file, attributes.size(), modified, now));
    }

    void clear() {
        files.clear();
    }

    private SiteFile remember(SiteFile file) {
        if (files.size() >= MAX_FILES) {
            files.clear();
        }
        files.put(file.path(), file);
        return file;
    }

    private SiteFile load(Path file, long size, long modified, long now) throws IOException {
        String name = file.getFileName().toString();
        String type = types.of(name);
        if (size > MAX_IN_MEMORY) {
            String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
            return new SiteFile(file, type, size, modified, etag, null, null, null, size, now);
        }
        byte[] body = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            body = html.apply(body);
        }
        boolean text = ContentTypes.isText(type) && body.length >= MIN_COMPRESSED;
        return new SiteFile(file, type, body.length, modified, etag(body), body, text ? gzip(body) : null,
                text ? brotliBeside(file, modified) : null, size, now);
    }

    private static byte[] brotliBeside(Path file, long modified) throws IOException {
        Path br = file.resolveSibling(file.getFileName() + ".br");
        if (!Files.isRegularFile(br) || Files.getLastModifiedTime(br).toMillis() < modified) {
            return null;
        }
        return Files.readAllBytes(br);
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] packed = out.toByteArray();
        return packed.length < body.length ? packed : null;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
