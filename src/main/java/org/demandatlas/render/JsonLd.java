package org.demandatlas.render;

import java.util.Optional;
import org.demandatlas.model.Jurisdiction;
import org.demandatlas.routes.DataFile;
import org.demandatlas.routes.Routes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** schema.org JSON-LD for pages, built as JSON trees and serialised safely for a script element. */
final class JsonLd {
    private static final String CONTEXT = "https://schema.org";
    private final SiteConfig config;
    private final RenderOptions options;

    JsonLd(SiteConfig config, RenderOptions options) {
        this.config = config;
        this.options = options;
    }

    /**
     * A {@code Dataset} describing the whole atlas and its downloads: its licence, its creator, its release
     * ({@code version}, when the site has a release history) and the codebook as its variable documentation.
     */
    String dataset(String description, String dataDate, String release) {
        ObjectNode node = root("Dataset");
        node.put("name", config.name());
        node.put("description", description);
        options.findAbsoluteUrl(Routes.HOME).ifPresent(url -> node.put("url", url));
        Optional.ofNullable(dataDate).ifPresent(date -> node.put("dateModified", date));
        Optional.ofNullable(release).ifPresent(id -> node.put("version", id));
        node.put("license", config.dataLicence().url());
        node.put("isAccessibleForFree", true);
        node.putObject("creator").put("@type", "Organization").put("name", config.name());
        options.findAbsoluteUrl(Routes.CODEBOOK).ifPresent(url -> node.put("variableMeasured", url));
        node.putObject("spatialCoverage").put("@type", "Country").put("name", "United States");
        ArrayNode downloads = node.putArray("distribution");
        for (DataFile file : DataFile.values()) {
            ObjectNode download = downloads.addObject().put("@type", "DataDownload").put("name", file.label())
                    .put("encodingFormat", file.mediaType());
            options.findAbsoluteUrl(file.path()).ifPresent(url -> download.put("contentUrl", url));
        }
        return Json.forScript(node);
    }

    /** A {@code Place} for a jurisdiction, contained in its state. */
    String place(Jurisdiction jurisdiction, String description) {
        ObjectNode node = root("Place");
        node.put("name", jurisdiction.name() + ", " + jurisdiction.state().code());
        node.put("description", description);
        options.findAbsoluteUrl(Routes.jurisdiction(jurisdiction.id())).ifPresent(url -> node.put("url", url));
        node.putObject("containedInPlace").put("@type", "AdministrativeArea")
                .put("name", jurisdiction.state().name());
        return Json.forScript(node);
    }

    private static ObjectNode root(String type) {
        return Json.object().put("@context", CONTEXT).put("@type", type);
    }
}
