package org.demandatlas.render.page;

import java.util.List;

/**
 * A horizontal bar chart drawn at build time as SVG: one bar per row (label, link or null, total), each bar made
 * of segments (one per series: CSS class, value, geometry); the series are the legend and the table's columns.
 */
public record ChartView(int width, int height, int labelWidth, List<Bar> bars, List<Series> series) {
    public ChartView {
        bars = List.copyOf(bars);
        series = List.copyOf(series);
    }

    public record Series(String cssClass, String label) {
    }

    public record Segment(int x, int width, String cssClass, int value) {
    }

    public record Bar(String label, String href, int y, int total, int totalX, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }

        public int textY() {
            return y + ROW / 2 + 4;
        }
    }

    public static final int ROW = 22;
    public static final int BAR = 16;
}
