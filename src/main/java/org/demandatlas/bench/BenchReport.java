package org.demandatlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The bench's results as one Markdown table (with ratios and our bytes per page kind) and as JSON. */
record BenchReport(List<ScaleBenchmark.SizeResult> results, String query) {
    private static final String COMBINED = "hugo + pagefind";
    private static final String ATLAS = "atlas build";
    private static final String PAGEFIND_ATLAS = "pagefind (atlas html)";

    String table() {
        StringBuilder t = new StringBuilder();
        t.append("| profiles | tool | wall s | CPU s | peak RSS MB | HTML pages | output MB | first query \"")
                .append(query).append("\" KB | live p50 / p99 ms |\n|---|---|---|---|---|---|---|---|---|\n");
        for (ScaleBenchmark.SizeResult r : results) {
            r.rows().forEach(m -> t.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %s | %s | %s | %s | %s | %s |%n",
                    m.profiles(), m.tool(), m.wallSeconds(), number(m.cpuSeconds(), "%.1f"),
                    number(m.peakRssMb(), "%.0f"), m.pages() == null ? "—" : String.format(Locale.ROOT, "%,d",
                            m.pages()), number(megabytes(m.bytes()), "%.1f"),
                    number(kilobytes(m.firstQueryBytes()), "%.0f"), m.liveP50Ms() == null ? "—"
                            : String.format(Locale.ROOT, "%.2f / %.2f", m.liveP50Ms(), m.liveP99Ms()))));
        }
        t.append('\n');
        for (ScaleBenchmark.SizeResult r : results) {
            ratios(r).forEach((k, v) -> t.append(String.format(Locale.ROOT, "%,d profiles: %s %.2f×%n",
                    r.profiles(), k, v)));
            t.append(String.format(Locale.ROOT, "%,d profiles: parsed %d, missing %d, wrong tactic count %d%s%n",
                    r.profiles(), r.check().checked(), r.check().missing(), r.check().wrongTacticCount(),
                    r.check().examples().isEmpty() ? "" : " " + r.check().examples()));
            t.append(String.format(Locale.ROOT, "%,d profiles, atlas bytes per page kind (files · MB · average KB ·"
                    + " largest KB):", r.profiles()));
            r.atlasSizes().kinds().forEach((kind, k) -> t.append(String.format(Locale.ROOT, " %s %,d · %.1f · %.1f"
                    + " · %.1f;", kind, k.files(), k.bytes() / 1e6, k.average() / 1024.0, k.largest() / 1024.0)));
            t.append('\n');
        }
        return t.toString();
    }

    /** Atlas over Hugo + Pagefind (wall, CPU, bytes) and our first query over Pagefind's on our own pages. */
    static Map<String, Double> ratios(ScaleBenchmark.SizeResult r) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Optional<Measurement> atlas = row(r, ATLAS);
        Optional<Measurement> combined = row(r, COMBINED);
        if (atlas.isPresent() && combined.isPresent()) {
            ratios.put("wall atlas / (hugo + pagefind)", atlas.get().wallSeconds() / combined.get().wallSeconds());
            ratio(atlas.get().cpuSeconds(), combined.get().cpuSeconds())
                    .ifPresent(v -> ratios.put("CPU atlas / (hugo + pagefind)", v));
            ratio(toDouble(atlas.get().bytes()), toDouble(combined.get().bytes()))
                    .ifPresent(v -> ratios.put("output atlas / (hugo + pagefind)", v));
        }
        row(r, PAGEFIND_ATLAS).flatMap(pf -> atlas.flatMap(a -> ratio(toDouble(a.firstQueryBytes()),
                toDouble(pf.firstQueryBytes())))).ifPresent(v -> ratios.put("first query atlas / pagefind on the"
                + " same pages", v));
        return ratios;
    }

    Map<String, Object> json() {
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (ScaleBenchmark.SizeResult r : results) {
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("profiles", r.profiles());
            size.put("rows", r.rows());
            size.put("ratios", ratios(r));
            size.put("check", r.check());
            size.put("atlasSizes", r.atlasSizes());
            sizes.add(size);
        }
        return Map.of("query", query, "sizes", sizes);
    }

    private static Optional<Measurement> row(ScaleBenchmark.SizeResult r, String tool) {
        return r.rows().stream().filter(m -> m.tool().equals(tool)).findFirst();
    }

    private static Optional<Double> ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? Optional.empty() : Optional.of(a / b);
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }

    private static Double megabytes(Long bytes) {
        return bytes == null ? null : bytes / 1e6;
    }

    private static Double kilobytes(Long bytes) {
        return bytes == null ? null : bytes / 1e3;
    }

    private static String number(Double value, String format) {
        return value == null ? "—" : String.format(Locale.ROOT, format, value);
    }
}
