package org.demandatlas.render.page;

/** A seed document as listed: link, kind id and label, curated or not, provenance, date (null when undated). */
public record DocumentView(Link link, String kind, String kindLabel, boolean curated, String classification,
                           String file, String sha256, String date) {
}
