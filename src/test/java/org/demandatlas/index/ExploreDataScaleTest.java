package org.demandatlas.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.demandatlas.export.ExploreData;
import org.demandatlas.model.Atlas;
import org.junit.jupiter.api.Test;

/** The explore page's data stays within its budget at 10,000 places: at most 150 KB gzipped. */
class ExploreDataScaleTest {
    static final int BUDGET = 150 * 1024;

    @Test
    void tenThousandPlacesFitTheBudget() throws IOException {
        Atlas atlas = SyntheticAtlas.generate(10_000, 42);
        byte[] data = ExploreData.bytes(atlas);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(data);
        }
        assertTrue(zipped.size() <= BUDGET, "explore/data.js at 10,000 places: " + data.length + " bytes, "
                + zipped.size() + " gzipped");
        System.out.println("explore/data.js at 10,000 places: " + data.length + " bytes, " + zipped.size()
                + " gzipped");
    }
}
