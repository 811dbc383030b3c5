package org.demandatlas.cli;

import java.io.IOException;

/** Where commands get a built site's atlas from: the {@code data/all.json} reader of the export stage. */
final class SiteData {
    /** Placeholder until the export stage's all.json reader is merged in. */
    static final SearchCommand.AtlasLoader READER = allJson -> {
        throw new IOException("cannot read " + allJson + ": this build has no data/all.json reader");
    };

    private SiteData() {
    }
}
