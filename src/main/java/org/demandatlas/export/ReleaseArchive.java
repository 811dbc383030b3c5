package org.demandatlas.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.model.Release;
import org.demandatlas.model.ReleaseChanges;
import org.demandatlas.model.ReleaseHistory;
import org.demandatlas.model.ReleaseHistory.ArchivedProfile;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.OutputFolder;
import org.demandatlas.routes.Routes;
import tools.jackson.core.JacksonException;

/**
 * The data releases of a site: {@code data/releases.json} (every release, oldest first), {@code data/changes.json}
 * (what changed in each, newest first) and each release's frozen {@code all.json}, compressed, at
 * {@code data/releases/ID/all.json.gz}. The history is read from the previously published site before a build
 * stages anything and carried forward into the staging folder, adding the build's release when its data is new;
 * the frozen files are copied as bytes, never recompressed, so the same seeds and history give the same site.
 */
public final class ReleaseArchive {
    private ReleaseArchive() {
    }

    /** What a published site holds: its releases, their changes and frozen data, by release id. */
    public record Published(List<Release> releases, List<ReleaseChanges> changes, Map<String, byte[]> frozen) {
        public Published {
            releases = List.copyOf(releases);
            changes = List.copyOf(changes);
            frozen = Map.copyOf(frozen);
        }

        /** No site yet, or one from before releases. */
        public static Published none() {
            return new Published(List.of(), List.of(), Map.of());
        }
    }

    record ReleasesJson(List<Release> releases) {
    }

    record ChangesJson(List<ReleaseChanges> changes) {
    }

    /**
     * The history a site folder holds; {@link Published#none()} when it has no {@code data/releases.json}.
     *
     * @throws IOException when the history is there but unreadable or a release's frozen data is missing
     */
    public static Published read(Path site) throws IOException {
        Path releasesFile = site.resolve(DataFile.RELEASES_JSON.file());
        if (!Files.isRegularFile(releasesFile)) {
            return Published.none();
        }
        List<Release> releases = readJson(releasesFile, ReleasesJson.class).releases();
        Path changesFile = site.resolve(DataFile.CHANGES_JSON.file());
        List<ReleaseChanges> changes = Files.isRegularFile(changesFile)
                ? readJson(changesFile, ChangesJson.class).changes() : List.of();
        Map<String, byte[]> frozen = new LinkedHashMap<>();
        for (Release release : releases) {
            frozen.put(release.id(), Files.readAllBytes(site.resolve(Routes.file(Routes.releaseData(release.id())))));
        }
        return new Published(releases, changes, frozen);
    }

    /**
     * Carries {@code previous} forward into the staged site whose data files are written from {@code current}: adds
     * its release (unless the history has that data already), the changes since the last release, every frozen file,
     * and returns the history with the profiles of earlier releases that differ from the current data. The staged
     * {@code all.json} is hashed and compressed as a stream, and {@code current} is the atlas it was written from
     * (its contract records are the file's), so the file is never held or parsed again in memory.
     */
    public static ReleaseHistory write(Published previous, Atlas current, Path staging) throws IOException {
        Path allJson = staging.resolve(DataFile.ALL_JSON.file());
        String id = Release.idOf(current.dataDate(), sha256(allJson));
        List<Release> releases = new ArrayList<>(previous.releases());
        Map<String, byte[]> frozen = new TreeMap<>(previous.frozen());
        List<ReleaseChanges> changes = new ArrayList<>();
        OutputFolder site = new OutputFolder(staging);
        if (releases.stream().noneMatch(r -> r.id().equals(id))) {
            releases.add(release(id, current, staging));
            gzip(allJson, site.prepare(Routes.file(Routes.releaseData(id))));
            if (!previous.releases().isEmpty()) {
                String last = previous.releases().getLast().id();
                changes.add(ReleaseDiff.between(last, unfrozen(last, frozen.get(last)), id, current));
            }
        }
        changes.addAll(previous.changes());
        for (Map.Entry<String, byte[]> entry : frozen.entrySet()) {
            site.write(Routes.file(Routes.releaseData(entry.getKey())), entry.getValue());
        }
        site.write(DataFile.RELEASES_JSON.file(), JsonFormat.toBytes(new ReleasesJson(releases)));
        site.write(DataFile.CHANGES_JSON.file(), JsonFormat.toBytes(new ChangesJson(changes)));
        return new ReleaseHistory(releases, id, changes, archived(releases, frozen, id, current));
    }

    /** The history of a published site as it stands (its last release current), as its pages show it. */
    public static ReleaseHistory history(Published published) throws IOException {
        String id = published.releases().getLast().id();
        Atlas current = unfrozen(id, published.frozen().get(id));
        return new ReleaseHistory(published.releases(), id, published.changes(),
                archived(published.releases(), published.frozen(), id, current));
    }

    /**
     * Every profile of an earlier release that differs from the current data. A version that several consecutive
     * releases held is one page, at the last of them; the earlier ones name it ({@code sameAs}).
     */
    private static List<ArchivedProfile> archived(List<Release> releases, Map<String, byte[]> frozen,
                                                  String currentId, Atlas current) throws IOException {
        if (releases.stream().allMatch(r -> r.id().equals(currentId))) {
            return List.of();
        }
        Map<String, String> now = hashes(current);
        List<Map<String, String>> held = new ArrayList<>();
        List<ArchivedProfile> differing = new ArrayList<>();
        for (Release release : releases) {
            if (release.id().equals(currentId)) {
                held.add(now);
                continue;
            }
            Atlas then = unfrozen(release.id(), frozen.get(release.id()));
            Map<String, String> hashes = hashes(then);
            held.add(hashes);
            for (Jurisdiction j : then.jurisdictions()) {
                if (!hashes.get(j.id()).equals(now.get(j.id()))) {
                    differing.add(new ArchivedProfile(release, j, then.evidenceOf(j.id()), null));
                }
            }
        }
        List<String> ids = releases.stream().map(Release::id).toList();
        return differing.stream().map(a -> withSameAs(a, ids, held)).toList();
    }

    private static ArchivedProfile withSameAs(ArchivedProfile archived, List<String> ids,
                                              List<Map<String, String>> held) {
        String id = archived.jurisdiction().id();
        int first = ids.indexOf(archived.release().id());
        String version = held.get(first).get(id);
        int last = first;
        while (last + 1 < ids.size() && version.equals(held.get(last + 1).get(id))) {
            last++;
        }
        return last == first ? archived : new ArchivedProfile(archived.release(), archived.jurisdiction(),
                archived.evidence(), ids.get(last));
    }

    /** Each jurisdiction's record (as {@code all.json} holds it) by its SHA-256, by jurisdiction id. */
    private static Map<String, String> hashes(Atlas atlas) {
        Map<String, String> hashes = new HashMap<>();
        atlas.jurisdictions().forEach(j -> hashes.put(j.id(), sha256(AtlasJsonFile.toBytes(j,
                atlas.evidenceOf(j.id())))));
        return hashes;
    }

    private static Release release(String id, Atlas atlas, Path staging) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (DataFile file : DataFile.values()) {
            Path path = staging.resolve(file.file());
            if (file.inRelease() && Files.isRegularFile(path)) {
                files.put(file.path(), sha256(Files.readAllBytes(path)));
            }
        }
        int curated = (int) atlas.jurisdictions().stream().filter(Jurisdiction::curated).count();
        int citations = atlas.jurisdictions().stream().mapToInt(Jurisdiction::citationCount).sum();
        return new Release(id, atlas.dataDate(), atlas.jurisdictions().size(), curated, citations, files);
    }

    private static Atlas unfrozen(String id, byte[] gzipped) throws IOException {
        if (gzipped == null) {
            throw new IOException("release " + id + " has no frozen data (" + Routes.releaseData(id) + ")");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return AtlasJsonFile.readArchived(in, Routes.releaseData(id));
        }
    }

    /** gzip of a file into a file, as a stream, with no name and no time in its header (same data, same bytes). */
    private static void gzip(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from);
             GZIPOutputStream zip = new GZIPOutputStream(Files.newOutputStream(to))) {
            in.transferTo(zip);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(sha256().digest(data));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static <T> T readJson(Path file, Class<T> type) throws IOException {
        try {
            return JsonFormat.ARCHIVE.readValue(Files.readAllBytes(file), type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IOException(file + " is not a valid release history: " + e.getMessage(), e);
        }
    }
}
