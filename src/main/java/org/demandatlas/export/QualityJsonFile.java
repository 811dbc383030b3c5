package org.demandatlas.export;

import java.util.List;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.QualityItem;
import org.demandatlas.model.QualityReport;

/**
 * {@code data/quality.json}: the data-quality findings for curators, by kind ({@code kind}, {@code title}, then the
 * items with jurisdiction, message, seed file and line, and the site-relative link to the section concerned).
 */
public final class QualityJsonFile {
    record QualityJson(String dataDate, int total, List<ItemJson> items) {
    }

    record ItemJson(String kind, String title, String jurisdiction, String message, String file, int line,
                    String link) {
    }

    private QualityJsonFile() {
    }

    /** The report, dated by the atlas's data date. */
    public static byte[] toBytes(Atlas atlas, QualityReport quality) {
        return JsonFormat.toBytes(new QualityJson(atlas.dataDate(), quality.items().size(),
                quality.items().stream().map(QualityJsonFile::item).toList()));
    }

    private static ItemJson item(QualityItem item) {
        return new ItemJson(item.kind().id(), item.kind().label(), item.jurisdiction(), item.message(), item.file(),
                item.line(), item.anchor());
    }
}
