package org.demandatlas.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandatlas.model.Atlas;
import org.demandatlas.model.EvidenceLevel;
import org.demandatlas.model.TacticEntry;
import org.demandatlas.model.TacticEvidence;
import org.demandatlas.model.TimelineEvent;
import org.demandatlas.render.page.ChartView;
import org.demandatlas.routes.Routes;

/**
 * The site's build-time charts, static SVG with their numbers in a table beside them: tactics by number of
 * jurisdictions, evidence levels per tactic, dated statements per year for one tactic.
 */
final class Charts {
    private static final int WIDTH = 640;
    private static final int LABEL = 190;
    private static final int PLOT = WIDTH - LABEL - 50;

    private Charts() {
    }

    /** One row per tactic: the number of jurisdictions listing it. */
    static ChartView tacticsByJurisdictions(Atlas atlas, Href href) {
        List<Row> rows = atlas.tactics().stream().map(t -> new Row(t.tactic().name(),
                href.to(Routes.tactic(t.tactic().id())), List.of(t.jurisdictions().size()))).toList();
        return chart(rows, List.of(new ChartView.Series("c-count", "Jurisdictions listing it")));
    }

    /** One row per tactic: how many profiles corroborate it, list it only, describe it without listing it. */
    static ChartView evidenceByTactic(Atlas atlas, Href href) {
        Map<String, int[]> counts = new TreeMap<>();
        atlas.jurisdictions().forEach(j -> atlas.evidenceOf(j.id()).forEach(e -> counts.computeIfAbsent(e.tacticId(),
                k -> new int[EvidenceLevel.values().length])[level(e)]++));
        List<Row> rows = new ArrayList<>();
        for (TacticEntry t : atlas.tactics()) {
            int[] c = counts.getOrDefault(t.tactic().id(), new int[EvidenceLevel.values().length]);
            rows.add(new Row(t.tactic().name(), href.to(Routes.tactic(t.tactic().id())), List.of(c[0], c[1], c[2])));
        }
        List<ChartView.Series> series = new ArrayList<>();
        for (EvidenceLevel level : EvidenceLevel.values()) {
            series.add(new ChartView.Series("c-" + level.id(), EvidenceViews.symbol(level) + " " + level.label()));
        }
        return chart(rows, series);
    }

    /** One row per year: the dated statements that mention the tactic. */
    static ChartView eventsPerYear(Atlas atlas, String tacticId) {
        Map<String, Integer> years = new TreeMap<>();
        atlas.timeline().stream().filter(e -> e.tactics().contains(tacticId)).map(TimelineEvent::year)
                .forEach(y -> years.merge(y, 1, Integer::sum));
        List<Row> rows = years.entrySet().stream().map(e -> new Row(e.getKey(), null, List.of(e.getValue())))
                .toList();
        return chart(rows, List.of(new ChartView.Series("c-count", "Dated statements")));
    }

    private static int level(TacticEvidence e) {
        return e.level().ordinal();
    }

    private record Row(String label, String href, List<Integer> values) {
        int total() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static ChartView chart(List<Row> rows, List<ChartView.Series> series) {
        int max = Math.max(1, rows.stream().mapToInt(Row::total).max().orElse(1));
        List<ChartView.Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<ChartView.Segment> segments = new ArrayList<>();
            int x = LABEL;
            for (int s = 0; s < series.size(); s++) {
                int width = Math.round((float) PLOT * row.values().get(s) / max);
                segments.add(new ChartView.Segment(x, width, series.get(s).cssClass(), row.values().get(s)));
                x += width;
            }
            bars.add(new ChartView.Bar(row.label(), row.href(), i * ChartView.ROW, row.total(), x + 6, segments));
        }
        return new ChartView(WIDTH, Math.max(1, rows.size()) * ChartView.ROW, LABEL - 8, bars, series);
    }
}
