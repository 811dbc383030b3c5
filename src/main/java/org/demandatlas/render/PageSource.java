package org.demandatlas.render;

import java.util.List;
import java.util.function.Supplier;

/** A page builder: one lazily built job per page, so that pages can be built and rendered in parallel. */
interface PageSource {
    List<Supplier<PageJob>> pages();
}
