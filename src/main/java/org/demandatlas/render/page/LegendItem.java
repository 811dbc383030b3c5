package org.demandatlas.render.page;

/** One colour class of the map legend. */
public record LegendItem(String bucket, String label) {
}
