package org.demandatlas.render;

import java.util.List;
import java.util.function.Function;
import org.demandatlas.routes.OutputFormat;

/**
 * A kind of page, as the {@link PageTypes} registry declares it: its id (the name the route table gives its
 * paths), how its pages are built, its output formats (HTML always; others are written by the writers the caller
 * gives {@link SiteRenderer}), whether its pages belong in the sitemap, and the HTTP status it is served with.
 */
record PageType(String id, Function<BuildContext, List<Page>> builder, List<OutputFormat> outputs,
                boolean inSitemap, int status) {
    PageType {
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty() || outputs.get(0) != OutputFormat.HTML) {
            throw new IllegalArgumentException("page type " + id + " must be HTML first");
        }
    }

    /** An HTML page type in the sitemap, served with 200. */
    static PageType of(String id, Function<BuildContext, List<Page>> builder) {
        return new PageType(id, builder, List.of(OutputFormat.HTML), true, 200);
    }

    PageType withOutputs(OutputFormat... formats) {
        return new PageType(id, builder, List.of(formats), inSitemap, status);
    }

    PageType notInSitemap() {
        return new PageType(id, builder, outputs, false, status);
    }

    PageType servedWith(int httpStatus) {
        return new PageType(id, builder, outputs, inSitemap, httpStatus);
    }

    List<OutputFormat> otherOutputs() {
        return outputs.subList(1, outputs.size());
    }
}
