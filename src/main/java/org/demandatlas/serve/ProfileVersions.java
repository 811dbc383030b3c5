package org.demandatlas.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;
import org.demandatlas.text.JsonMappers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A profile's versions, for the Memento TimeGate and TimeMap (RFC 7089): each archived page the site holds
 * ({@code /ct/hartford/as-of-R/}) dated by its release's data date, in release order ({@code data/releases.json}),
 * and the current page, the version since the newest release that added or changed the profile
 * ({@code data/changes.json}; the first release when none did). A release without a data date has no datetime
 * and is left out. Read from the site folder on each call: the two files are small.
 */
final class ProfileVersions {
    /** One version: its site path and the instant it holds from (its release's data date, 00:00 UTC). */
    record Version(String path, Instant datetime, boolean current) {
    }

    private final Path root;

    ProfileVersions(Path root) {
        this.root = root;
    }

    /** Every version of profile {@code id}, oldest first; empty when the site has no such profile or no release. */
    List<Version> of(String id) throws IOException {
        JsonNode releases = read(DataFile.RELEASES_JSON).path("releases");
        List<Version> versions = new ArrayList<>();
        for (JsonNode release : releases) {
            String rid = release.path("id").asString("");
            String page = Routes.asOf(id, rid);
            Optional<Instant> date = instant(release.path("dataDate").asString(null));
            if (date.isPresent() && Files.isRegularFile(root.resolve(Routes.file(page)))) {
                versions.add(new Version(page, date.get(), false));
            }
        }
        if (Files.isRegularFile(root.resolve(Routes.file(Routes.jurisdiction(id)))) && !releases.isEmpty()) {
            currentSince(id, releases).flatMap(ProfileVersions::instant)
                    .ifPresent(date -> versions.add(new Version(Routes.jurisdiction(id), date, true)));
        }
        return versions;
    }

    /** The data date of the newest release that added or changed {@code id}, else of the first release. */
    private Optional<String> currentSince(String id, JsonNode releases) throws IOException {
        for (JsonNode release : read(DataFile.CHANGES_JSON).path("changes")) {
            for (JsonNode change : release.path("changes")) {
                if (change.path("id").asString("").equals(id)) {
                    return change.path("kind").asString("").equals("removed") ? Optional.empty()
                            : Optional.ofNullable(release.path("dataDate").asString(null));
                }
            }
        }
        return Optional.ofNullable(releases.get(0).path("dataDate").asString(null));
    }

    private JsonNode read(DataFile file) throws IOException {
        Path path = root.resolve(file.file());
        if (!Files.isRegularFile(path)) {
            return JsonMappers.plain().missingNode();
        }
        try {
            return JsonMappers.plain().readTree(Files.readAllBytes(path));
        } catch (JacksonException e) {
            throw new IOException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code 2017-01-11} → that day at 00:00 UTC; a bare year or month is its first day; anything else: empty. */
    static Optional<Instant> instant(String isoDate) {
        if (isoDate == null || !isoDate.matches("\\d{4}(-\\d{2}){0,2}")) {
            return Optional.empty();
        }
        String day = isoDate.length() == 4 ? isoDate + "-01-01" : isoDate.length() == 7 ? isoDate + "-01" : isoDate;
        return Optional.of(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
