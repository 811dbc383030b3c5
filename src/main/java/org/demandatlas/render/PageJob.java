package org.demandatlas.render;

import org.demandatlas.render.page.PageMeta;

/** One page to render: output file (relative to the site folder), template name, layout data and page record. */
record PageJob(String file, String template, PageMeta meta, Object page) {
}
